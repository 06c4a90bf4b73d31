package io.renloop.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ResumeDocuments;
import io.renloop.recruitment.SampleResumes;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RenloopIntegrationTest
class ResumeApiTests {

	private static final String PARSE = "/api/v1/resumes/parse";

	@LocalServerPort
	int port;

	ApiClient recruiter() {
		return ApiClient.as(port, "recruiter@demo.example");
	}

	@Test
	void recruiterParsesJsonText() {
		ApiClient.Response response = recruiter().post(PARSE, Map.of("text", SampleResumes.ZH));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("李明远");
		assertThat(response.json().at("/education/0/school").asString()).isEqualTo("中国矿业大学");
		assertThat(response.json().at("/entities/0/type").asString()).isNotBlank();
	}

	@Test
	void recruiterUploadsADocx() {
		ApiClient.Response response = recruiter().postFile(PARSE, "file", "resume.docx",
				ResumeDocuments.docx(SampleResumes.EN));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().at("/experience/0/organization").asString()).isEqualTo("Acme Technologies Inc.");
	}

	@Test
	void responsesNeverCarryProtectedAttributes() {
		assertThat(recruiter().post(PARSE, Map.of("text", SampleResumes.ZH)).body())
			.doesNotContain(SampleResumes.ZH_PROTECTED);
		assertThat(recruiter().postFile(PARSE, "file", "cv.pdf", ResumeDocuments.latinPdf(SampleResumes.EN)).body())
			.doesNotContain(SampleResumes.EN_PROTECTED);
	}

	@Test
	void blankTextIsAFieldProblem() {
		ApiClient.Response response = recruiter().post(PARSE, Map.of("text", " "));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("text");
	}

	@Test
	void unsupportedFileTypeIs415InTheCallersLanguage() {
		ApiClient.Response response = recruiter().inLanguage("zh-CN")
			.postFile(PARSE, "file", "data.zip", new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().get("detail").asString()).contains("不支持");
	}

	@Test
	void corruptFileIs422() {
		ApiClient.Response response = recruiter().postFile(PARSE, "file", "cv.pdf", "%PDF-1.4 broken".getBytes());
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("resume.file.unreadable");
	}

	@Test
	void fileOverTenMegabytesIs413() {
		ApiClient.Response response = recruiter().postFile(PARSE, "file", "big.txt", new byte[10 * 1024 * 1024 + 1]);
		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void employeesMayNotParseResumes() {
		ApiClient.Response response = ApiClient.as(port, "employee@demo.example").post(PARSE, Map.of("text", "张三"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void anonymousCallersAreRejected() {
		assertThat(ApiClient.anonymous(port).post(PARSE, Map.of("text", "张三")).status()).isEqualTo(401);
	}
}
