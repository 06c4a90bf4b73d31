package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A job board posts applicants to the webhook with a recruiter's token scoped to RECRUITMENT_WRITE.
 */
@RenloopIntegrationTest
class InboundApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient jobBoard;

	String requisition;

	@BeforeEach
	void jobBoardWithScopedToken() {
		ApiClient.Response token = ApiClient.as(port, "recruiter@demo.example")
			.post("/api/v1/auth/tokens", Map.of("name", "猎聘 connector", "scopes", List.of("RECRUITMENT_WRITE")));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		jobBoard = ApiClient.withToken(port, token.json().get("token").asString());
		requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));
	}

	@Test
	void docxResumeInBase64BecomesACandidateWithAParsedProfile() {
		String phone = RecruitmentFixtures.uniquePhone();
		byte[] docx = ResumeDocuments.docx(SampleResumes.ZH.replace("138-1234-5678", phone)
			.replace("liming.yuan@example.com", "docx" + phone + "@example.com") + "项目经历\n"
				+ RecruitmentFixtures.randomProjects());

		ApiClient.Response received = jobBoard.post("/api/v1/applications/inbound", Map.of("requisitionId", requisition,
				"channel", "LIEPIN", "cost", 120.50, "resume",
				Map.of("fileBase64", Base64.getEncoder().encodeToString(docx), "fileName", "李明远.docx"), "consent", true));
		assertThat(received.status()).as(received.body()).isEqualTo(201);

		JsonNode candidate = ApiClient.as(port, "recruiter@demo.example")
			.get("/api/v1/candidates/" + received.json().get("candidateId").asString())
			.json();
		assertThat(candidate.get("name").asString()).isEqualTo("李明远");
		assertThat(candidate.get("phone").asString()).isEqualTo(phone);
		assertThat(candidate.at("/profile/skills").toString()).contains("AutoCAD");
		assertThat(candidate.at("/applications/0/application/channel").asString()).isEqualTo("LIEPIN");
	}

	@Test
	void textResumeWithContactsIsAccepted() {
		String phone = RecruitmentFixtures.uniquePhone();
		ApiClient.Response received = jobBoard.post("/api/v1/applications/inbound", Map.of("requisitionId", requisition,
				"channel", "BOSS", "candidate", Map.of("name", "刘洋", "phone", phone), "resume",
				Map.of("text", RecruitmentFixtures.resumeWithoutContacts("刘洋", "太原理工大学", "潞安化工集团" + phone)),
				"consent", true));
		assertThat(received.status()).as(received.body()).isEqualTo(201);
		assertThat(received.json().get("duplicateOf").isNull()).isTrue();
	}

	@Test
	void invalidBase64IsABadRequestAndSavesNothing() {
		long before = applicationsOfRequisition();
		JsonNode problem = assertProblem(jobBoard.post("/api/v1/applications/inbound", Map.of("requisitionId",
				requisition, "channel", "LIEPIN", "candidate", Map.of("name", "坏文件"), "resume",
				Map.of("fileBase64", "not base64 at all!!", "fileName", "cv.docx"), "consent", true)), 400);
		assertThat(errorFields(problem)).containsExactly("resume.fileBase64");
		assertThat(applicationsOfRequisition()).isEqualTo(before);
	}

	@Test
	void corruptFileIsRejectedAndSavesNothing() {
		long before = applicationsOfRequisition();
		String garbage = Base64.getEncoder().encodeToString("PK\u0003\u0004 broken zip".getBytes(StandardCharsets.ISO_8859_1));
		ApiClient.Response response = jobBoard.post("/api/v1/applications/inbound", Map.of("requisitionId", requisition,
				"channel", "LIEPIN", "candidate", Map.of("name", "坏文件"), "resume",
				Map.of("fileBase64", garbage, "fileName", "cv.docx"), "consent", true));
		assertThat(response.status()).as(response.body()).isBetween(400, 499);
		assertProblem(response, response.status());
		assertThat(applicationsOfRequisition()).isEqualTo(before);
	}

	@Test
	void tokenWithoutTheWriteScopeIsForbidden() {
		ApiClient.Response token = ApiClient.as(port, "recruiter@demo.example")
			.post("/api/v1/auth/tokens", Map.of("name", "read only", "scopes", List.of("RECRUITMENT_READ")));
		assertProblem(ApiClient.withToken(port, token.json().get("token").asString())
			.post("/api/v1/applications/inbound", Map.of("requisitionId", requisition, "channel", "LIEPIN",
					"candidate", Map.of("name", "无权限"), "consent", true)), 403);
	}

	private long applicationsOfRequisition() {
		return jdbc.queryForObject("select count(*) from recruitment.application where requisition_id = ?::uuid",
				Long.class, requisition);
	}
}
