package io.renloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attrition pages answer HR and managers in their language — the list (or why there is none yet), the model card
 * with its protected-attribute note and, for administrators, the upload form — and refuse employees.
 */
@RenloopIntegrationTest
class AttritionPagesShowRisksAndTheModelCardTests {

	@LocalServerPort
	int port;

	@Test
	void theListAnswersHrAndManagers() {
		for (String login : new String[] { "hr@demo.example", "manager@demo.example" }) {
			ApiClient.Response page = html(login, "zh-CN").get("/analytics/attrition");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("离职风险", "attrition-filter");
		}
	}

	@Test
	void theModelCardNamesTheProtectedAttributesAndOffersTheUploadToAdministrators() {
		ApiClient.Response hr = html("hr@demo.example", "en").get("/analytics/attrition/model");
		ApiClient.Response manager = html("manager@demo.example", "en").get("/analytics/attrition/model");

		assertThat(hr.body()).contains("Protected attributes", "attrition-upload");
		assertThat(manager.body()).contains("Protected attributes").doesNotContain("attrition-upload");
	}

	@Test
	void anUnknownEmployeeIsNotFound() {
		ApiClient.Response page = html("hr@demo.example", "en").get("/analytics/attrition/employees/" + UUID.randomUUID());

		assertThat(page.status()).isIn(200, 404);
		assertThat(page.body()).doesNotContain("attrition-risk\"");
	}

	@Test
	void employeesMayNotOpenThePages() {
		assertThat(html("employee@demo.example", "en").get("/analytics/attrition").status()).isEqualTo(403);
	}

	private ApiClient html(String login, String language) {
		return ApiClient.as(port, login).inLanguage(language).accepting("text/html");
	}
}
