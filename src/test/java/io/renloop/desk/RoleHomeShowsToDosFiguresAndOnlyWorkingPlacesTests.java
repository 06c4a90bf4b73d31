package io.renloop.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each login's home page: its to-dos (the approvals waiting for it, counted as its inbox counts them), key figures
 * that open their lists, and tiles for the places it may open — none marked “coming soon”, none it may not open.
 */
@RenloopIntegrationTest
class RoleHomeShowsToDosFiguresAndOnlyWorkingPlacesTests {

	@LocalServerPort
	int port;

	@Test
	void theHomePageLinksItsFiguresAndShowsOnlyThePlacesTheLoginMayOpen() {
		String hr = signedIn("hr@demo.example").get("/?lang=en").body();
		assertThat(hr).contains("My to-dos", "hx-get=\"/desk/todos\"", "href=\"/employees?status=PROBATION\"",
				"id=\"place-employees\"", "id=\"place-requisitions\"")
			.doesNotContainIgnoringCase("coming soon");
		String employee = signedIn("employee@demo.example").get("/?lang=en").body();
		assertThat(employee).contains("id=\"place-leave\"")
			.doesNotContain("id=\"place-requisitions\"", "id=\"place-audit\"", "id=\"place-users\"");
	}

	@Test
	void theToDosCountTheApprovalsWaitingForTheLogin() {
		for (String login : new String[] { "manager@demo.example", "hr@demo.example", "employee@demo.example" }) {
			int waiting = ApiClient.as(port, login).get("/api/v1/approvals/inbox").json().size();
			String todos = signedIn(login).get("/desk/todos?lang=en").body();
			assertThat(todos).doesNotContain("<html");
			if (waiting == 0) {
				assertThat(todos).as(login).contains("Nothing waits for you.");
			}
			else {
				assertThat(todos).as(login).contains("Approvals waiting", ">" + waiting + "</span>");
			}
		}
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}
}
