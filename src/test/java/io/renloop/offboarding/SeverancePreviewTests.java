package io.renloop.offboarding;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
class SeverancePreviewTests {

	@LocalServerPort
	int port;

	@Test
	void previewAnswersMonthsBaseAndAmountWithTwoDecimalsExplainedInTheReadersLanguage() {
		ApiClient.Response response = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN")
			.post("/api/v1/offboarding/severance/preview", Map.of("monthlyWage", 10000, "serviceStart", "2020-01-01",
					"serviceEnd", "2023-06-29", "localAverageMonthlyWage", 12000, "noticeInLieu", true));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("months").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(body.get("base").decimalValue()).isEqualByComparingTo("10000");
		assertThat(response.body()).contains("\"amount\":45000.00");
		assertThat(body.get("explanation").valueStream().map(JsonNode::asString)).anyMatch(l -> l.contains("代通知金"));
	}

	@Test
	void lastDayBeforeTheFirstIsAFieldErrorInTheCallersLanguage() {
		JsonNode problem = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage("en").post(
				"/api/v1/offboarding/severance/preview", Map.of("monthlyWage", 10000, "serviceStart", "2023-01-01",
						"serviceEnd", "2022-01-01", "localAverageMonthlyWage", 12000)), 400);

		assertThat(errorFields(problem)).containsExactly("serviceEnd");
		assertThat(problem.toString()).contains("cannot be before");
	}

	@Test
	void negativeOrMissingWagesAreFieldErrors() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").post(
				"/api/v1/offboarding/severance/preview", Map.of("monthlyWage", -1, "serviceStart", "2023-01-01",
						"serviceEnd", "2024-01-01")), 400);

		assertThat(errorFields(problem)).contains("monthlyWage", "localAverageMonthlyWage");
	}
}
