package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.Multipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The isolation probes of payroll's groups, structures, inputs, runs, payslips and declarations for
 * {@link TenantIsolationTests}: acme reaches none of demo's (its HR login has no payroll permission, which is
 * isolation too), and what acme saves stays acme's.
 */
final class PayrollRunIsolationProbes {

	private final JdbcTemplate jdbc;

	/** A published demo run, a demo employee with a pay structure, and their number. */
	private final UUID demoRun;

	private final UUID demoEmployee;

	private final String demoNumber;

	PayrollRunIsolationProbes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.demoRun = jdbc.queryForObject("select id from payroll.payroll_run where tenant_id = ? limit 1",
				UUID.class, DEMO);
		this.demoEmployee = jdbc.queryForObject(
				"select employee_id from payroll.salary_structure where tenant_id = ? limit 1", UUID.class, DEMO);
		this.demoNumber = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class,
				demoEmployee);
	}

	private int openingBalances() {
		return jdbc.queryForObject("select count(*) from payroll.tax_opening_balance where tax_year = 2030 and "
				+ "employee_id = ?", Integer.class, demoEmployee);
	}

	List<Map.Entry<String, Probe>> probes() {
		String run = "/api/v1/payroll/runs/" + demoRun;
		return List.of(
				entry("GET /api/v1/payroll/pay-groups", new Probe("acmeSeesNoDemoPayGroup", acme -> {
					ApiClient.Response groups = acme.get("/api/v1/payroll/pay-groups");
					if (allowed(groups)) {
						assertThat(groups.body()).doesNotContain("矿区", "集团总部");
					}
				})),
				entry("PUT /api/v1/payroll/pay-groups/{code}", new Probe("acmePayGroupLandsInAcme", acme -> {
					acme.put("/api/v1/payroll/pay-groups/MINE", Map.of("name", "Hacked", "regionCode", "SH"));
					assertThat(jdbc.queryForObject("select name from payroll.pay_group where tenant_id = ? and code = "
							+ "'MINE'", String.class, DEMO)).isEqualTo("矿区（太原）");
				})),
				entry("GET /api/v1/payroll/employees/{employeeId}/structures", new Probe("acmeCannotReadDemoPay",
						acme -> notFound(acme.get("/api/v1/payroll/employees/" + demoEmployee + "/structures")))),
				entry("POST /api/v1/payroll/employees/{employeeId}/structures", new Probe("acmeCannotChangeDemoPay",
						acme -> {
							int before = structures();
							notFound(acme.post("/api/v1/payroll/employees/" + demoEmployee + "/structures", Map.of(
									"effectiveFrom", "2030-01-01", "payGroupCode", "MINE", "base", 1,
									"housingFundRate", 0.1)));
							assertThat(structures()).isEqualTo(before);
						})),
				entry("POST /api/v1/payroll/items/preview-on-employee", new Probe("acmeCannotTryFormulasOnDemoPeople",
						acme -> notFound(acme.post("/api/v1/payroll/items/preview-on-employee", Map.of("formula",
								"base * 1", "employeeId", demoEmployee, "period", "2026-11"))))),
				entry("POST /api/v1/payroll/inputs", new Probe("acmeCannotEnterDemoInputs", acme -> {
					ApiClient.Response added = acme.post("/api/v1/payroll/inputs", Map.of("period", "2030-01",
							"items", List.of(Map.of("employeeNo", demoNumber, "code", "FINE", "amount", -1))));
					assertThat(added.status()).isIn(403, 422);
					assertThat(jdbc.queryForObject("select count(*) from payroll.pay_input where period = '2030-01'",
							Integer.class)).isZero();
				})),
				entry("POST /api/v1/payroll/inputs/file", new Probe("acmeCannotImportDemoInputs", acme -> {
					ApiClient.Response added = Multipart.form(Map.of("period", "2030-02"), "file", "inputs.csv",
							"工号,项目代码,金额\n" + demoNumber + ",FINE,-1\n").postTo(acme, "/api/v1/payroll/inputs/file");
					assertThat(added.status()).isIn(403, 422);
					assertThat(jdbc.queryForObject("select count(*) from payroll.pay_input where period = '2030-02'",
							Integer.class)).isZero();
				})),
				entry("GET /api/v1/payroll/runs/{id}/summary", new Probe("acmeCannotReadADemoRunsSummary",
						acme -> notFound(acme.get(run + "/summary")))),
				entry("POST /api/v1/payroll/runs", new Probe("acmeCannotOpenADemoGroupsRun", acme -> {
					UUID demoGroup = jdbc.queryForObject("select pay_group_id from payroll.payroll_run where id = ?",
							UUID.class, demoRun);
					assertThat(acme.post("/api/v1/payroll/runs", Map.of("period", "2030-01", "payGroupId", demoGroup))
						.status()).isIn(400, 403);
				})),
				entry("GET /api/v1/payroll/runs", new Probe("acmeListsNoDemoRun", acme -> {
					ApiClient.Response runs = acme.get("/api/v1/payroll/runs");
					if (allowed(runs)) {
						assertThat(runs.body()).doesNotContain(demoRun.toString());
					}
				})),
				entry("GET /api/v1/payroll/runs/{id}", new Probe("acmeCannotReadADemoRun", acme -> notFound(acme.get(run)))),
				entry("POST /api/v1/payroll/runs/{id}/calculate", new Probe("acmeCannotCalculateADemoRun",
						acme -> notFound(acme.post(run + "/calculate", Map.of())))),
				entry("GET /api/v1/payroll/runs/{id}/review", new Probe("acmeCannotReviewADemoRun",
						acme -> notFound(acme.get(run + "/review")))),
				entry("POST /api/v1/payroll/runs/{id}/submit", new Probe("acmeCannotSubmitADemoRun",
						acme -> notFound(acme.post(run + "/submit", Map.of())))),
				entry("POST /api/v1/payroll/runs/{id}/publish", new Probe("acmeCannotPublishADemoRun",
						acme -> notFound(acme.post(run + "/publish", Map.of())))),
				entry("GET /api/v1/payroll/runs/{id}/bank-file", new Probe("acmeCannotDownloadADemoBankFile",
						acme -> notFound(acme.get(run + "/bank-file")))),
				entry("POST /api/v1/payroll/runs/{id}/corrections", new Probe("acmeCannotCorrectADemoRun", acme -> {
					notFound(acme.post(run + "/corrections", Map.of()));
					assertThat(jdbc.queryForObject("select count(*) from payroll.payroll_run where corrects_run_id = ?",
							Integer.class, demoRun)).isZero();
				})),
				entry("GET /api/v1/payroll/sick-pay", new Probe("acmeReadsItsOwnSickPay", acme -> {
					jdbc.update("""
							insert into payroll.sick_pay_tier (tenant_id, from_service_years, share, updated_at)
							values (?, 0, 0.55, now()) on conflict do nothing""", DEMO);
					ApiClient.Response tiers = acme.get("/api/v1/payroll/sick-pay");
					if (allowed(tiers)) {
						assertThat(tiers.body()).doesNotContain("0.55");
					}
					jdbc.update("delete from payroll.sick_pay_tier where tenant_id = ? and share = 0.55", DEMO);
				})),
				entry("PUT /api/v1/payroll/sick-pay", new Probe("acmeSickPayLandsInAcme", acme -> {
					acme.put("/api/v1/payroll/sick-pay", Map.of("tiers", List.of(Map.of("fromServiceYears", 0,
							"share", 0.11))));
					assertThat(jdbc.queryForObject("select count(*) from payroll.sick_pay_tier where tenant_id = ? "
							+ "and share = 0.11", Integer.class, DEMO)).isZero();
				})),
				entry("POST /api/v1/payroll/tax/opening-balances", new Probe("acmeCannotSetDemoOpeningBalances",
						acme -> {
							ApiClient.Response saved = acme.post("/api/v1/payroll/tax/opening-balances", Map.of("year",
									2030, "items", List.of(Map.of("employeeNo", demoNumber, "throughMonth", 1, "income",
											1, "socialInsurance", 0, "taxPaid", 0))));
							assertThat(saved.status()).isIn(403, 422);
							assertThat(openingBalances()).isZero();
						})),
				entry("POST /api/v1/payroll/tax/opening-balances/file", new Probe("acmeCannotImportDemoOpeningBalances",
						acme -> {
							ApiClient.Response saved = Multipart.form(Map.of("year", "2030"), "file", "b.csv",
									"工号,截至月份,累计收入,累计专项扣除,累计已缴税额\n" + demoNumber + ",1,1,0,0\n")
								.postTo(acme, "/api/v1/payroll/tax/opening-balances/file");
							assertThat(saved.status()).isIn(403, 422);
							assertThat(openingBalances()).isZero();
						})),
				entry("GET /api/v1/me/payslips", new Probe("acmeReadsNoDemoPayslip", acme -> {
					ApiClient.Response mine = acme.get("/api/v1/me/payslips");
					assertThat(mine.status()).isIn(200, 404);
					if (mine.status() == 200) {
						assertThat(mine.json()).isEmpty();
					}
				})),
				entry("GET /api/v1/me/payslips/{period}", new Probe("acmeReadsNoDemoPayslipOfAMonth", acme -> {
					String period = jdbc.queryForObject("select period from payroll.payroll_run where id = ?",
							String.class, demoRun);
					notFound(acme.get("/api/v1/me/payslips/" + period));
				})),
				entry("GET /api/v1/me/payslips/{period}/pdf", new Probe("acmeGetsNoDemoPayslipPdf", acme -> {
					String period = jdbc.queryForObject("select period from payroll.payroll_run where id = ?",
							String.class, demoRun);
					assertThat(acme.getBinary("/api/v1/me/payslips/" + period + "/pdf").status()).isEqualTo(404);
				})),
				entry("GET /api/v1/me/tax-declarations/{year}", new Probe("acmeReadsOnlyItsOwnDeclarations", acme -> {
					ApiClient.Response mine = acme.get("/api/v1/me/tax-declarations/2026");
					assertThat(mine.status()).isIn(200, 404);
					if (mine.status() == 200) {
						assertThat(mine.body()).doesNotContain("太原市");
					}
				})),
				entry("PUT /api/v1/me/tax-declarations/{year}", new Probe("acmeDeclarationLandsInAcme", acme -> {
					int demo = declarations();
					acme.put("/api/v1/me/tax-declarations/2031", Map.of("kind", "CONTINUING_EDUCATION",
							"monthlyAmount", 400, "evidence", "MBA"));
					assertThat(declarations()).isEqualTo(demo);
				})));
	}

	private static boolean allowed(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(200, 403);
		return response.status() == 200;
	}

	private static void notFound(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(403, 404);
	}

	private int structures() {
		return jdbc.queryForObject("select count(*) from payroll.salary_structure where tenant_id = ?", Integer.class,
				DEMO);
	}

	private int declarations() {
		return jdbc.queryForObject("select count(*) from payroll.tax_declaration where tenant_id = ?", Integer.class,
				DEMO);
	}
}
