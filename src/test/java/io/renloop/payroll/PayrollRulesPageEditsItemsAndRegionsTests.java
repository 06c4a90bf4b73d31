package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payroll → Items and regions edits: an item's formula tried on an employee's month before it is saved, refusals
 * shown field by field in the reader's language with nothing saved, and a region's figures saved as a new version.
 */
@RenloopIntegrationTest
class PayrollRulesPageEditsItemsAndRegionsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anItemIsTriedOnAnEmployeeThenSaved() {
		BrowserSession desk = signedIn(PayrollFixtures.PAYROLL);
		BrowserSession.Page page = desk.get("/payroll/rules?lang=zh-CN");
		assertThat(page.body()).contains("id=\"item-form\"", "id=\"region-edit-BJ\"", "最低工资");
		String employeeNo = jdbc.queryForObject("""
				select e.employee_no from payroll.salary_structure s join employee.employee e on e.id = s.employee_id
				 where s.tenant_id = 'demo' and s.effective_from <= '2026-01-01' limit 1""", String.class);
		String code = TestUsers.unique("PAGE").toUpperCase().replace('-', '_');
		Map<String, String> form = new HashMap<>(Map.of("_csrf", BrowserSession.csrfTokenOf(page), "code", code,
				"nameZh", "页面测试", "nameEn", "Page test", "kind", "EARNING", "taxable", "true", "formula",
				"base * 2", "effectiveFrom", "2096-01-01", "employeeNo", employeeNo, "period", "2026-06"));

		form.put("action", "preview");
		BrowserSession.Page tried = desk.postForm("/payroll/rules/items", form);
		assertThat(tried.body()).contains("id=\"item-preview\"", "基本工资", "base * 2");
		assertThat(items(code)).isZero();

		form.put("formula", "base * nonsense");
		form.put("action", "save");
		BrowserSession.Page refused = desk.postForm("/payroll/rules/items", form);
		assertThat(refused.body()).contains("id=\"item-errors\"", "nonsense", "base * nonsense");
		assertThat(items(code)).isZero();

		form.put("formula", "base * 2");
		BrowserSession.Page saved = desk.postForm("/payroll/rules/items", form);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(items(code)).isEqualTo(1);
		assertThat(desk.get("/payroll/rules").body()).contains("id=\"rules-notice\"", code);

		BrowserSession finance = signedIn("finance@demo.example");
		form.put("_csrf", BrowserSession.csrfTokenOf(finance.get("/payroll/rules")));
		assertThat(finance.postForm("/payroll/rules/items", form).status()).isEqualTo(403);
	}

	@Test
	void aRegionsFiguresAreSavedAsANewVersionAndABadRateIsNamed() {
		BrowserSession desk = signedIn(PayrollFixtures.PAYROLL);
		BrowserSession.Page page = desk.get("/payroll/rules?lang=zh-CN");
		Map<String, String> form = new HashMap<>(Map.of("_csrf", BrowserSession.csrfTokenOf(page), "name", "北京",
				"effectiveFrom", "2097-01-01", "minimumWage", "2600", "averageMonthlyWage", "12500", "kind",
				"PENSION", "baseFloor", "7500", "baseCeiling", "37500", "employeeRate", "8", "employerRate", "0.16"));
		form.put("employeeFixed", "");
		form.put("rounding", "FEN");

		BrowserSession.Page refused = desk.postForm("/payroll/rules/regions/BJ", form);
		assertThat(refused.body()).contains("region-errors", "个人比例 #1");
		assertThat(versions()).isZero();

		form.put("employeeRate", "0.08");
		assertThat(desk.postForm("/payroll/rules/regions/BJ", form).status()).isEqualTo(302);
		assertThat(versions()).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select minimum_wage from payroll.region_version where tenant_id = 'demo' and code = 'BJ'
				   and effective_from = '2097-01-01'""", java.math.BigDecimal.class)).isEqualByComparingTo("2600");
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}

	private int items(String code) {
		return jdbc.queryForObject("select count(*) from payroll.salary_item where code = ?", Integer.class, code);
	}

	private int versions() {
		return jdbc.queryForObject("""
				select count(*) from payroll.region_version where tenant_id = 'demo' and code = 'BJ'
				   and effective_from = '2097-01-01'""", Integer.class);
	}
}
