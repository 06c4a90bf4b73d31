package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bulk resume uploads run in the background: good files become applications, a known applicant is linked
 * to their candidate, and a corrupt or password-protected file fails alone with a reason in the uploader's
 * language.
 */
@RenloopIntegrationTest
class CandidateImportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	ApiClient recruiter;

	RecruitmentFixtures fixtures;

	UUID mining;

	String requisition;

	@BeforeEach
	void openRequisition() {
		// a new recruiter has no stored language, so the Accept-Language of each request decides
		recruiter = ApiClient.as(port, TestUsers.createUser(administration, DEMO, Role.RECRUITER));
		fixtures = new RecruitmentFixtures(port);
		mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
		requisition = fixtures.openRequisition(mining);
	}

	@Test
	void goodFilesBecomeApplicationsAndBadFilesFailAloneWithReadableErrors() {
		String knownPhone = RecruitmentFixtures.uniquePhone();
		String known = recruiter.post("/api/v1/requisitions/" + fixtures.openRequisition(mining) + "/applications",
				Map.of("name", "韩立新", "phone", knownPhone, "channel", "REFERRAL", "consent", true))
			.json()
			.get("candidateId")
			.asString();
		ApiClient chinese = recruiter.inLanguage("zh-CN");

		ApiClient.Response started = upload()
			.file("li.docx", ResumeDocuments.docx(uniqueZhResume()))
			.file("carter.pdf", ResumeDocuments.latinPdf(uniqueEnResume()))
			.file("zhao.txt", utf8(RecruitmentFixtures.resumeWithoutContacts("赵文博", "太原理工大学", "潞安化工集团")))
			.file("han-again.txt", utf8(RecruitmentFixtures.resumeWithoutContacts("韩立新", "中国矿业大学", "晋能控股集团")
				.replace("个人简历", "个人简历\n手机：" + knownPhone)))
			.file("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII))
			.file("protected.pdf", ResumeDocuments.encryptedPdf(uniqueEnResume()))
			.postTo(chinese, "/api/v1/candidates/import");

		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode job = awaitFinished(started.json().get("jobId").asString());
		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.get("total").asInt()).isEqualTo(6);
		assertThat(job.get("processed").asInt()).isEqualTo(6);
		assertThat(job.get("succeeded").asInt()).isEqualTo(4);
		assertThat(job.get("duplicates").asInt()).isEqualTo(1);
		Map<String, String> failed = new HashMap<>();
		job.get("failed").forEach(f -> failed.put(f.get("file").asString(), f.get("error").asString()));
		assertThat(failed).containsOnlyKeys("corrupt.pdf", "protected.pdf");
		assertThat(failed.get("corrupt.pdf")).contains("无法读取");
		assertThat(failed.get("protected.pdf")).contains("密码");

		List<JsonNode> created = job.get("created").valueStream().toList();
		assertThat(created).extracting(c -> c.get("file").asString())
			.containsExactly("li.docx", "carter.pdf", "zhao.txt", "han-again.txt");
		assertThat(created.get(3).get("duplicateOf").asString()).isEqualTo(known);
		assertThat(created.get(3).get("candidateId").asString()).isEqualTo(known);

		JsonNode applications = recruiter.get("/api/v1/requisitions/" + requisition + "/applications").json();
		assertThat(applications.valueStream().map(a -> a.get("candidateName").asString()))
			.containsExactlyInAnyOrder("李明远", "JOHN A. CARTER", "赵文博", "韩立新");
		assertThat(applications.valueStream().map(a -> a.get("channel").asString())).containsOnly("LIEPIN");
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where tenant_id = 'demo' and entity_type = 'CandidateImport'
				and entity_id = ?""", Long.class, job.get("jobId").asString())).isEqualTo(2);
	}

	@Test
	void aResumeWithoutANameIsImportedAndShownByItsFileName() {
		String phone = RecruitmentFixtures.uniquePhone();
		String nameless = """
				Education Details
				May 2013 to May 2017 B.E Computer Science  Rajiv Gandhi Technical University
				Data Scientist
				Phone: %s
				Skill Details
				Python- Exprience - 24 months
				""".formatted(phone);
		JsonNode job = awaitFinished(upload().file("cv-" + phone + ".txt", utf8(nameless))
			.postTo(recruiter, "/api/v1/candidates/import")
			.json()
			.get("jobId")
			.asString());
		assertThat(job.get("succeeded").asInt()).as(job.toString()).isEqualTo(1);
		String candidate = job.at("/created/0/candidateId").asString();

		JsonNode details = recruiter.get("/api/v1/candidates/" + candidate).json();
		assertThat(details.get("name").isNull()).isTrue();
		assertThat(details.get("resumeFileName").asString()).isEqualTo("cv-" + phone + ".txt");
		assertThat(recruiter.get("/api/v1/requisitions/" + requisition + "/applications").json().valueStream()
			.map(a -> a.get("candidateName").asString())).contains("cv-" + phone + ".txt");
		BrowserSession browser = new BrowserSession(port);
		browser.signIn("recruiter@demo.example", ApiClient.PASSWORD);
		assertThat(browser.get("/recruitment/candidates/" + candidate + "?lang=en").body()).contains("cv-" + phone + ".txt")
			.contains("The resume states no name").doesNotContain("Education Details</h1>");
	}

	@Test
	void errorsAreInTheUploadersLanguage() {
		JsonNode job = awaitFinished(upload().file("empty.txt", new byte[0])
			.postTo(recruiter.inLanguage("en"), "/api/v1/candidates/import")
			.json()
			.get("jobId")
			.asString());
		assertThat(job.at("/failed/0/error").asString()).isEqualTo("The uploaded file is empty.");
	}

	@Test
	void uploadToARequisitionThatIsNotOpenIsRefused() {
		String draft = fixtures.draftRequisition(fixtures.positionWithPlan(mining, 5), mining, 1);
		ApiClient.Response response = new ResumeUpload().field("requisitionId", draft)
			.field("channel", "BOSS")
			.field("consent", true)
			.file("a.txt", utf8(RecruitmentFixtures.resumeWithoutContacts("钱多多", "中国矿业大学", "山西焦煤集团")))
			.postTo(recruiter, "/api/v1/candidates/import");
		assertThat(assertProblem(response, 409).get("code").asString())
			.isEqualTo("recruitment.application.requisitionNotOpen");
	}

	@Test
	void uploadWithoutConsentOrFilesIsABadRequest() {
		ApiClient.Response withoutConsent = new ResumeUpload().field("requisitionId", requisition)
			.field("channel", "BOSS")
			.file("a.txt", utf8("张三\n13800000000"))
			.postTo(recruiter, "/api/v1/candidates/import");
		assertThat(errorFields(assertProblem(withoutConsent, 400))).containsExactly("consent");
		ApiClient.Response withoutFiles = upload().postTo(recruiter, "/api/v1/candidates/import");
		assertThat(errorFields(assertProblem(withoutFiles, 400))).containsExactly("files");
		assertThat(jdbc.queryForObject("select count(*) from platform.background_job where payload ->> 'requisitionId' = ?",
				Long.class, requisition)).isZero();
	}

	@Test
	void jobsAreVisibleOnlyInTheirTenantAndToRecruitment() {
		String jobId = upload().file("a.txt", utf8(RecruitmentFixtures.resumeWithoutContacts("孙可为", "中国矿业大学", "山西焦煤集团")))
			.postTo(recruiter, "/api/v1/candidates/import")
			.json()
			.get("jobId")
			.asString();
		awaitFinished(jobId);
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/jobs/" + jobId).status()).isEqualTo(200);
		assertProblem(ApiClient.as(port, "hr@acme.example").get("/api/v1/jobs/" + jobId), 404);
		assertProblem(ApiClient.as(port, "manager@demo.example").get("/api/v1/jobs/" + jobId), 403);
		assertProblem(upload().file("b.txt", utf8("张三")).postTo(ApiClient.as(port, "manager@demo.example"),
				"/api/v1/candidates/import"), 403);
	}

	private ResumeUpload upload() {
		return new ResumeUpload().field("requisitionId", requisition).field("channel", "LIEPIN").field("consent", true);
	}

	private JsonNode awaitFinished(String jobId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (true) {
			ApiClient.Response response = recruiter.get("/api/v1/jobs/" + jobId);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			String status = response.json().get("status").asString();
			if (status.equals("COMPLETED") || status.equals("FAILED")) {
				return response.json();
			}
			assertThat(Instant.now()).as("job %s still %s", jobId, status).isBefore(deadline);
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String uniqueZhResume() {
		String phone = RecruitmentFixtures.uniquePhone();
		return SampleResumes.ZH.replace("138-1234-5678", phone).replace("liming.yuan@example.com", "ly" + phone + "@example.com")
				+ "项目经历\n" + RecruitmentFixtures.randomProjects();
	}

	static String uniqueEnResume() {
		String phone = RecruitmentFixtures.uniquePhone();
		return SampleResumes.EN.replace("+1 415-555-0134", phone).replace("john.carter@example.com", "jc" + phone + "@example.com")
				+ "PROJECTS\nReferences" + RecruitmentFixtures.randomReferences();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
