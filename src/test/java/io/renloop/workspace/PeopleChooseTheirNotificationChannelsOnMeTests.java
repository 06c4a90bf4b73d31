package io.renloop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notifications section of {@code /me}: a person sees the channels that can reach them (WeCom and DingTalk
 * greyed out until their login is linked), switches pushed notices off with no box ticked, and a channel that
 * cannot reach them is refused with a readable message and nothing saved.
 */
@RenloopIntegrationTest
class PeopleChooseTheirNotificationChannelsOnMeTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Test
	void aPersonSwitchesPushedNoticesOffAndCannotChooseAnUnlinkedApp() {
		String login = TestUsers.createUser(administration, DemoData.DEMO, Role.EMPLOYEE);
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);

		String me = session.get("/me?lang=en").body();
		assertThat(me).contains("id=\"me-notices\"").contains("not linked to your login");
		assertThat(me.replaceAll("\\s+", " ")).containsPattern("id=\"notice-channel-EMAIL\"[^>]*checked")
			.containsPattern("id=\"notice-channel-WECOM\"[^>]*disabled");

		BrowserSession.Page off = session.postForm("/me/notices/channels",
				Map.of("_csrf", BrowserSession.csrfTokenOf(session.get("/me"))));
		assertThat(off.status()).isEqualTo(302);
		assertThat(session.follow(off.location()).body()).contains("Your notification channels were saved.")
			.contains("No pushed notifications");
		assertThat(ApiClient.as(port, login).get("/api/v1/me/notices/channels").json().get("channels").size()).isZero();

		BrowserSession.Page refused = session.postForm("/me/notices/channels",
				Map.of("_csrf", BrowserSession.csrfTokenOf(session.get("/me")), "channel", "WECOM"));
		assertThat(session.follow(refused.location()).body()).contains("id=\"me-error\"");
		assertThat(ApiClient.as(port, login).get("/api/v1/me/notices/channels").json().get("channels").size()).isZero();
	}
}
