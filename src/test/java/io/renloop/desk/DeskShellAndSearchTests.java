package io.renloop.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The desk's shell shows each login only the places it may open, grouped by the employee lifecycle, and its one
 * search box finds pages, actions, employees, departments, requisitions and candidates within the same limits.
 */
@RenloopIntegrationTest
class DeskShellAndSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSidebarShowsOnlyWhatTheLoginMayOpenGroupedByTheLifecycle() {
		String hr = page("hr@demo.example", "/?lang=zh-CN");
		assertThat(hr).contains("id=\"rl-sidebar\"", "人员", "招聘", "时间", "发展", "id=\"nav-employees\"",
				"id=\"nav-requisitions\"", "id=\"nav-leave\"", "id=\"rl-search\"")
			.doesNotContain("id=\"nav-payroll\"");
		String employee = page("employee@demo.example", "/me?lang=en");
		assertThat(employee).contains("id=\"nav-me\"", "id=\"nav-leave\"", "Time")
			.doesNotContain("id=\"nav-requisitions\"", "id=\"nav-users\"", "id=\"nav-audit\"", "Talent acquisition");
		assertThat(page("admin@demo.example", "/?lang=en")).contains("id=\"nav-users\"", "id=\"nav-audit\"",
				"Settings");
	}

	@Test
	void searchFindsPagesAndPeopleOnlyWhereTheViewerMayLook() {
		Map<String, Object> someone = jdbc.queryForMap("""
				select e.name, e.employee_no from employee.employee e join organization.department d
				 on d.id = e.department_id where e.tenant_id = 'demo' and d.code = 'FIN' order by e.employee_no limit 1""");
		JsonNode byHr = search("hr@demo.example", (String) someone.get("employee_no"));
		assertThat(byHr.findValuesAsString("title")).contains((String) someone.get("name"));
		assertThat(search("employee@demo.example", (String) someone.get("employee_no")).findValuesAsString("kind"))
			.as("outside the employee's own record").doesNotContain("EMPLOYEE");

		assertThat(search("hr@demo.example", "井下采煤").findValuesAsString("kind")).contains("DEPARTMENT");

		JsonNode pages = search("hr@demo.example", "招聘");
		assertThat(pages.findValuesAsString("url")).contains("/recruitment/requisitions");
		assertThat(pages.findValuesAsString("kind")).contains("ACTION");
		assertThat(search("employee@demo.example", "招聘").findValuesAsString("url"))
			.doesNotContain("/recruitment/requisitions");

		assertThat(search("recruiter@demo.example", "采煤").findValuesAsString("kind")).contains("REQUISITION");
		assertThat(search("manager@demo.example", "采煤").findValuesAsString("kind")).doesNotContain("REQUISITION",
				"CANDIDATE");
		assertThat(search("hr@demo.example", "  ")).isEmpty();
	}

	@Test
	void theSearchBoxListsHitsAndTheBellCountsApprovalsWaiting() {
		BrowserSession desk = new BrowserSession(port);
		desk.signIn("hr@demo.example", ApiClient.PASSWORD);
		String results = desk.get("/desk/search?q=" + URLEncoder.encode("员工", StandardCharsets.UTF_8) + "&lang=zh-CN")
			.body();
		assertThat(results).contains("rl-hit", "href=\"/employees\"").doesNotContain("<html");
		assertThat(desk.get("/desk/search?q=zzzz-nothing&lang=en").body()).contains("Nothing found");
		assertThat(desk.get("/desk/counts").body()).contains("id=\"rl-inbox-count\"");
	}

	private String page(String login, String path) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		BrowserSession.Page page = session.get(path);
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	private JsonNode search(String login, String text) {
		ApiClient.Response found = ApiClient.as(port, login).inLanguage("zh-CN")
			.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json().get("hits");
	}
}
