package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security finding "HTML in the org-chart tooltip": a unit named like an HTML element is shown as text in the
 * chart's tooltip; no element is created and no script runs.
 */
@RenloopIntegrationTest
class OrgChartTooltipEscapesHtmlTests extends BrowserTest {

	static final String UNIT_NAME = "<img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Test
	void unitNameInTheTooltipIsTextNotAnElement() {
		String tenant = TestUsers.createTenant(administration, "orgchart");
		String hr = TestUsers.createUser(administration, tenant, Role.HR_ADMIN);
		ApiClient.Response created = ApiClient.as(port, hr)
			.post("/api/v1/departments", Map.of("code", "ROOT", "name", UNIT_NAME, "kind", "COMPANY"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		try (BrowserContext context = browser.newContext(1280, 900, "en-US")) {
			Page page = Browser.signIn(context, port, hr);
			List<String> dialogs = new ArrayList<>();
			page.onDialog(dialog -> {
				dialogs.add(dialog.message());
				dialog.dismiss();
			});
			page.navigate("http://localhost:" + port + "/org");
			assertThat(page.locator("#org-chart canvas")).isVisible();

			showTooltipOf(page, UNIT_NAME);

			assertThat(page.locator("#org-chart").getByText(UNIT_NAME)).isVisible();
			assertThat(page.locator("#org-chart img").count()).isZero();
			page.waitForTimeout(300);
			assertThat(dialogs).isEmpty();
		}
	}

	/** Shows the tooltip of the unit, as hovering over its node does. */
	private static void showTooltipOf(Page page, String unitName) {
		page.waitForFunction("() => { const chart = echarts.getInstanceByDom(document.getElementById('org-chart'));"
				+ " return chart && chart.getModel() && chart.getModel().getSeriesByIndex(0); }");
		page.evaluate("name => { const chart = echarts.getInstanceByDom(document.getElementById('org-chart'));"
				+ " const index = chart.getModel().getSeriesByIndex(0).getData().indexOfName(name);"
				+ " chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: index }); }", unitName);
	}
}
