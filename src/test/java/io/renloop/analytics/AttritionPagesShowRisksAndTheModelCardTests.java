package io.renloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attrition pages answer HR and managers — the list with its unit filter (or why there is none yet), the model
 * card with its protected-attribute note and, for administrators only, the upload form — and refuse employees.
 */
@RenloopIntegrationTest
class AttritionPagesShowRisksAndTheModelCardTests {

	@LocalServerPort
	int port;

	@Test
	void theListAnswersHrAndManagers() {
		for (String login : new String[] { "hr@demo.example", "manager@demo.example" }) {
			BrowserSession.Page page = signedIn(login).get("/analytics/attrition");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("attrition-filter", "/analytics/attrition/model");
		}
	}

	@Test
	void theModelCardNamesTheProtectedAttributesAndOffersTheUploadToAdministratorsOnly() {
		BrowserSession.Page hr = signedIn("hr@demo.example").get("/analytics/attrition/model");
		BrowserSession.Page manager = signedIn("manager@demo.example").get("/analytics/attrition/model");

		assertThat(hr.body()).contains("attrition-protected", "attrition-upload");
		assertThat(manager.body()).contains("attrition-protected").doesNotContain("attrition-upload");
	}

	@Test
	void anUnknownEmployeeShowsNoRisk() {
		BrowserSession.Page page = signedIn("hr@demo.example").get("/analytics/attrition/employees/" + UUID.randomUUID());

		assertThat(page.status()).isIn(200, 404);
		assertThat(page.body()).doesNotContain("id=\"attrition-reasons\"");
	}

	@Test
	void employeesMayNotOpenThePages() {
		assertThat(signedIn("employee@demo.example").get("/analytics/attrition").status()).isEqualTo(403);
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}
}
