package io.renloop.platform.web;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "{} reported as invalid JSON": an empty object is valid JSON; requests whose records have
 * {@code boolean} or {@code int} fields answer with the field errors of what is missing, like every other request.
 */
@RenloopIntegrationTest
class EmptyObjectIsReportedAsMissingFieldsTests {

	static final String VALIDATION = "https://renloop.io/problems/error-validation-detail";

	@LocalServerPort
	int port;

	@Test
	void emptyApplicationNamesItsMissingFields() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/requisitions/" + UUID.randomUUID() + "/applications", "{}"), 400);

		assertThat(problem.get("type").asString()).isEqualTo(VALIDATION);
		assertThat(errorFields(problem)).contains("channel");
	}

	@Test
	void emptyContractTemplateNamesItsMissingFields() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").put("/api/v1/contract-templates", "{}"),
				400);

		assertThat(problem.get("type").asString()).isEqualTo(VALIDATION);
		assertThat(errorFields(problem)).contains("language", "title", "body", "termMonths");
	}

	@Test
	void malformedJsonIsStillCalledSo() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").put("/api/v1/contract-templates", "{"),
				400);

		assertThat(problem.get("type").asString()).isEqualTo("https://renloop.io/problems/error-unreadableBody");
	}
}
