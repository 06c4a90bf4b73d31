package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pay bands tab of the payroll desk lists the demo's bands and saves one, refusing a band upside down. */
@RenloopIntegrationTest
class PayBandsPageListsAndSavesBandsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void payrollSavesABandFromThePageAndSeesARefusalInWords() {
		String support = new DemoData(jdbc).positionId(DemoData.DEMO, "SUPPORT").toString();
		BrowserSession desk = new BrowserSession(port);
		desk.signIn(PayrollFixtures.PAYROLL, ApiClient.PASSWORD);
		BrowserSession.Page page = desk.get("/payroll/pay-bands?lang=zh-CN");
		assertThat(page.body()).contains("id=\"pay-bands\"", "岗位薪酬带", "SUPPORT", "id=\"band-form\"");

		desk.postForm("/payroll/pay-bands", Map.of("_csrf", BrowserSession.csrfTokenOf(page), "positionId", support,
				"effectiveFrom", "2096-01-01", "minimum", "7000", "midpoint", "9123.45", "maximum", "11000"));
		BrowserSession.Page saved = desk.get("/payroll/pay-bands");
		assertThat(saved.body()).contains("id=\"band-notice\"", "2096-01-01", "9,123.45");

		desk.postForm("/payroll/pay-bands", Map.of("_csrf", BrowserSession.csrfTokenOf(saved), "positionId", support,
				"effectiveFrom", "2096-02-01", "minimum", "9000", "midpoint", "8000", "maximum", "11000"));
		assertThat(desk.get("/payroll/pay-bands").body()).contains("id=\"band-error\"", "minimum", "下限");
	}
}
