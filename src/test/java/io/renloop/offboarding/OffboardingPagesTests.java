package io.renloop.offboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.Leavers.Leaver;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The leaver resigns on the phone page, HR finds the case on the desk. */
@RenloopIntegrationTest
class OffboardingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void employeeResignsOnThePhonePageAndHrSeesTheCaseOnTheDesk() {
		Leavers leavers = new Leavers(port, jdbc, administration);
		Leaver leaver = leavers.hire(new DemoData(jdbc).departmentId(DEMO, "FIN"), leavers.today().minusYears(2));
		BrowserSession phone = new BrowserSession(port);
		phone.signIn(leaver.login(), ApiClient.PASSWORD);
		BrowserSession.Page form = phone.get("/me/resignation");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"resign-form\"");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("lastDay", leavers.today().plusDays(7).toString());
		fields.put("reason", "家里有事");
		fields.put("_csrf", BrowserSession.csrfTokenOf(form));
		BrowserSession.Page sent = phone.postForm("/me/resignation", fields);

		assertThat(sent.status()).isEqualTo(302);
		BrowserSession.Page mine = phone.get("/me/resignation");
		assertThat(mine.body()).contains("id=\"notice-warning\"").doesNotContain("id=\"resign-form\"");
		BrowserSession desk = new BrowserSession(port);
		desk.signIn("hr@demo.example", ApiClient.PASSWORD);
		BrowserSession.Page list = desk.get("/offboarding?status=PENDING_APPROVAL");
		assertThat(list.status()).isEqualTo(200);
		String caseId = jdbc.queryForObject("select id::text from offboarding.offboarding_case where employee_id = ?",
				String.class, leaver.employeeId());
		assertThat(list.body()).contains(caseId);
		BrowserSession.Page detail = desk.get("/offboarding/cases/" + caseId);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("家里有事", "id=\"rehire-form\"");
		assertThat(phone.get("/offboarding").status()).as("the desk is HR's").isEqualTo(403);
	}
}
