package io.renloop.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle run from the desk without the API (opened by a form, moved on by a button, metric data from a spreadsheet
 * checked first), the OKR cascade on its page with check-ins, and the phone side of 360 feedback: the employee
 * proposes colleagues by number, the manager approves on the review page, a colleague answers on the phone. Every
 * refusal comes back readable and saves nothing.
 */
@RenloopIntegrationTest
class PerformanceDeskAndPhonePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void hrOpensACycleMovesItOnAndChecksMetricDataBeforeSaving() {
		String template = template("KPI", List.of(Map.of("code", "OUTPUT", "name", "原煤产量", "weight", 100, "metric",
				"COAL_OUTPUT", "threshold", 800, "target", 1200)));
		BrowserSession desk = signedIn("hr@demo.example");
		BrowserSession.Page cycles = desk.get("/performance?lang=zh-CN");
		assertThat(cycles.body()).contains("id=\"new-cycle\"", "全公司");
		UUID coal = new DemoData(jdbc).departmentId(DemoData.DEMO, "COAL-1");

		Map<String, String> form = new HashMap<>(Map.of("_csrf", BrowserSession.csrfTokenOf(cycles), "name",
				"页面发起 2036-Q1", "kind", "QUARTERLY", "period", "2036-Q9", "periodStart", "2036-01-01", "periodEnd",
				"2036-03-31", "templateCode", template, "departmentId", coal.toString()));
		assertThat(follow(desk, desk.postForm("/performance/cycles", form)).body()).contains("id=\"cycle-error\"");
		assertThat(jdbc.queryForObject("select count(*) from performance.cycle where name = '页面发起 2036-Q1'",
				Integer.class)).as("a refused form saves nothing").isZero();

		form.put("period", "2036-Q1");
		BrowserSession.Page opened = desk.postForm("/performance/cycles", form);
		assertThat(opened.location()).contains("/performance/cycles/");
		BrowserSession.Page cycle = follow(desk, opened);
		assertThat(cycle.body()).contains("id=\"cycle-notice\"", "页面发起 2036-Q1", "id=\"cycle-actions\"");
		String cycleId = opened.location().replaceFirst(".*/performance/cycles/", "");

		BrowserSession.Page moved = follow(desk, desk.postForm("/performance/cycles/" + cycleId + "/phase",
				Map.of("_csrf", BrowserSession.csrfTokenOf(cycle), "phase", "SELF_REVIEW")));
		assertThat(moved.body()).contains("自评");
		assertThat(jdbc.queryForObject("select phase from performance.cycle where id = ?::uuid", String.class, cycleId))
			.isEqualTo("SELF_REVIEW");

		BrowserSession.Page metrics = desk.get("/performance/metrics?lang=en");
		Multipart upload = Multipart.form(Map.of("_csrf", BrowserSession.csrfTokenOf(metrics), "period", "2036-Q1",
				"save", "true"), "file", "output.csv", "employeeNo,metric,value,source\nNOBODY-9,COAL_OUTPUT,900,MES\n");
		BrowserSession.Page checked = desk.post("/performance/metrics", upload.body().getBytes(StandardCharsets.UTF_8),
				upload.contentType());
		assertThat(checked.body()).contains("id=\"metrics-errors\"", "NOBODY-9", "nothing was saved");
		assertThat(jdbc.queryForObject("select count(*) from performance.metric_value where period = '2036-Q1'",
				Integer.class)).isZero();
	}

	@Test
	void theOkrCascadeIsATreeAndItsOwnersCheckInOnThePage() {
		UUID coal = new DemoData(jdbc).departmentId(DemoData.DEMO, "COAL-1");
		String cycleId = cycle(template("OKR", List.of()), coal, "2037-Q1");
		BrowserSession hr = signedIn("hr@demo.example");
		BrowserSession.Page page = hr.get("/performance/cycles/" + cycleId + "/objectives?lang=zh-CN");
		assertThat(page.body()).contains("id=\"objective-tree\"", "id=\"new-objective\"");
		follow(hr, hr.postForm("/performance/cycles/" + cycleId + "/objectives", Map.of("_csrf",
				BrowserSession.csrfTokenOf(page), "title", "安全高效生产", "owner", "COMPANY", "keyResults",
				"原煤产量（万吨） | 100")));
		UUID company = jdbc.queryForObject("select id from performance.objective where cycle_id = ?::uuid", UUID.class,
				cycleId);

		BrowserSession employee = signedIn("employee@demo.example");
		BrowserSession.Page mine = employee.get("/performance/cycles/" + cycleId + "/objectives?lang=zh-CN");
		BrowserSession.Page refused = follow(employee, employee.postForm("/performance/cycles/" + cycleId
				+ "/objectives", Map.of("_csrf", BrowserSession.csrfTokenOf(mine), "title", "学会支架操作", "owner",
						"EMPLOYEE", "parentId", company.toString(), "keyResults", "考核通过 | 四项")));
		assertThat(refused.body()).contains("id=\"objective-error\"", "考核通过 | 四项");
		follow(employee, employee.postForm("/performance/cycles/" + cycleId + "/objectives", Map.of("_csrf",
				BrowserSession.csrfTokenOf(mine), "title", "学会支架操作", "owner", "EMPLOYEE", "parentId",
				company.toString(), "keyResults", "考核通过（项） | 4\n带教新工（人） | 2")));
		UUID own = jdbc.queryForObject("select id from performance.objective where cycle_id = ?::uuid and parent_id = ?",
				UUID.class, cycleId, company);

		BrowserSession.Page checkedIn = follow(employee, employee.postForm("/performance/objectives/" + own
				+ "/check-in", Map.of("_csrf", BrowserSession.csrfTokenOf(mine), "cycleId", cycleId, "current.0", "3",
						"confidence.0", "7", "current.1", "1", "confidence.1", "6", "note", "三项已考")));
		assertThat(checkedIn.body()).contains("id=\"objective-notice\"", "62.50%");
		String tree = checkedIn.body();
		assertThat(tree.indexOf("安全高效生产")).as("the company's objective heads the tree")
			.isLessThan(tree.indexOf("学会支架操作"));
		assertThat(follow(employee, employee.postForm("/performance/objectives/" + company + "/check-in",
				Map.of("_csrf", BrowserSession.csrfTokenOf(mine), "cycleId", cycleId, "current.0", "90"))).body())
			.as("not the employee's to check in").contains("id=\"objective-error\"");
	}

	@Test
	void colleaguesProposedOnThePhoneAreApprovedByTheManagerAndAnswerOnThePhone() {
		DemoData demo = new DemoData(jdbc);
		UUID coal = demo.departmentId(DemoData.DEMO, "COAL-1");
		UUID self = demo.employeeOfUser("employee@demo.example");
		String cycleId = cycle(template("OKR", List.of()), coal, "2038-Q1");
		ApiClient.as(port, "hr@demo.example").post("/api/v1/performance/cycles/" + cycleId + "/phase",
				Map.of("phase", "SELF_REVIEW"));
		UUID reviewId = jdbc.queryForObject("select id from performance.review where cycle_id = ?::uuid and "
				+ "employee_id = ?", UUID.class, cycleId, self);
		Map<String, Object> colleague = jdbc.queryForMap("""
				select id, employee_no, department_id from employee.employee where department_id = ? and id <> ?
				 and id not in (select manager_id from organization.department where manager_id is not null)
				 order by employee_no desc limit 1""", coal, self);

		BrowserSession employee = signedIn("employee@demo.example");
		BrowserSession.Page phone = employee.get("/me/performance?lang=zh-CN");
		assertThat(follow(employee, employee.postForm("/me/performance/" + reviewId + "/raters", Map.of("_csrf",
				BrowserSession.csrfTokenOf(phone), "employeeNo.0", "NO-SUCH-1", "relation.0", "PEER"))).body())
			.contains("id=\"me-error\"", "NO-SUCH-1");
		assertThat(follow(employee, employee.postForm("/me/performance/" + reviewId + "/raters", Map.of("_csrf",
				BrowserSession.csrfTokenOf(phone), "employeeNo.0", (String) colleague.get("employee_no"), "relation.0",
				"PEER"))).body()).contains("id=\"me-notice\"");

		BrowserSession manager = signedIn("manager@demo.example");
		BrowserSession.Page review = manager.get("/performance/reviews/" + reviewId + "?lang=zh-CN");
		assertThat(review.body()).contains("id=\"feedback-summary\"", "id=\"approve-raters\"");
		assertThat(follow(manager, manager.postForm("/performance/reviews/" + reviewId + "/raters/approve",
				Map.of("_csrf", BrowserSession.csrfTokenOf(review)))).body()).contains("id=\"review-notice\"");

		String email = TestUsers.unique("peer") + "@demo.test";
		administration.createUser(new NewUser(DemoData.DEMO, email, "评价人", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE),
				null, (UUID) colleague.get("department_id"), (UUID) colleague.get("id")));
		BrowserSession peer = signedIn(email);
		BrowserSession.Page asked = peer.get("/me/performance?lang=zh-CN");
		assertThat(asked.body()).contains("id=\"feedback-requests\"", "请您评价的同事");
		UUID request = jdbc.queryForObject("select id from performance.feedback where review_id = ?", UUID.class,
				reviewId);
		assertThat(follow(peer, peer.postForm("/me/performance/feedback/" + request, Map.of("_csrf",
				BrowserSession.csrfTokenOf(asked), "score.综合评价", "101"))).body()).contains("id=\"me-error\"");
		assertThat(follow(peer, peer.postForm("/me/performance/feedback/" + request, Map.of("_csrf",
				BrowserSession.csrfTokenOf(asked), "score.综合评价", "85", "comment", "交接清楚"))).body())
			.contains("id=\"me-notice\"");
		assertThat(jdbc.queryForObject("select status from performance.feedback where id = ?", String.class, request))
			.isEqualTo("ANSWERED");
	}

	private BrowserSession signedIn(String email) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(email, ApiClient.PASSWORD);
		return session;
	}

	private static BrowserSession.Page follow(BrowserSession session, BrowserSession.Page answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
		return session.get(answer.location().replaceFirst("^https?://[^/]+", ""));
	}

	private String template(String kind, List<Map<String, Object>> items) {
		String code = TestUsers.unique(kind).toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		code = code.substring(0, Math.min(40, code.length()));
		ApiClient.Response saved = ApiClient.as(port, "hr@demo.example").put("/api/v1/performance/templates/" + code,
				Map.of("name", kind + " 页面", "kind", kind, "competencyWeight", 0, "items", items));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return code;
	}

	private String cycle(String template, UUID department, String period) {
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/performance/cycles",
				Map.of("name", "页面 " + period, "kind", "QUARTERLY", "period", period, "periodStart", "2026-07-01",
						"periodEnd", "2026-09-30", "templateCode", template, "departmentId", department));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}
}
