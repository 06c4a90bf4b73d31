package io.renloop.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk's list table, on the employee list: the order picked by a column head and the filters live in the URL,
 * the columns a user hides stay hidden for that user only, the export holds the filtered rows in the shown columns,
 * and an empty list says what to do.
 */
@RenloopIntegrationTest
class ListTableOrdersFiltersAndExportsWhatItShowsTests {

	private static final Pattern EMPLOYEE_NO = Pattern.compile("<td>([A-Z]{3}\\d{5})</td>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theOrderPickedByAColumnHeadIsInTheUrl() {
		BrowserSession hr = signedIn("hr@demo.example");
		// the demo's own numbers (SNE…): other tests hire people under numbers of other shapes
		List<String> descending = numbers(hr.get("/employees?q=SNE&sort=-no&lang=en").body());
		assertThat(descending).hasSizeGreaterThan(2);
		assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
		String page = hr.get("/employees?sort=-no&lang=en").body();
		assertThat(page).contains("aria-sort=\"descending\"", "href=\"/employees?sort=no\"");
		assertThat(numbers(hr.get("/employees?q=SNE&sort=no&lang=en").body())).isSorted();
		assertThat(hr.get("/employees?sort=password&lang=en").status()).as("an unknown order is ignored")
			.isEqualTo(200);
	}

	@Test
	void hiddenColumnsStayHiddenForThatUserOnly() {
		BrowserSession admin = signedIn("admin@demo.example");
		String before = admin.get("/employees?lang=en").body();
		assertThat(before).contains("data-col=\"position\"");
		try {
			BrowserSession.Page saved = admin.post("/desk/tables/employees/columns", form(csrf(before), "no", "name",
					"department", "status", "hireDate"), "application/x-www-form-urlencoded");
			assertThat(saved.status()).isEqualTo(303);
			assertThat(saved.location()).isEqualTo("/employees");
			assertThat(admin.get("/employees?lang=en").body()).contains("data-col=\"hireDate\"")
				.doesNotContain("data-col=\"position\"");
			assertThat(signedIn("hr@demo.example").get("/employees?lang=en").body())
				.as("another user's columns are their own").contains("data-col=\"position\"");
		}
		finally {
			admin.post("/desk/tables/employees/columns", form(csrf(before), "no", "name", "department", "position",
					"status", "hireDate"), "application/x-www-form-urlencoded");
		}
		assertThat(admin.get("/employees?lang=en").body()).contains("data-col=\"position\"");
	}

	@Test
	void aTableKeepsAtLeastOneColumnAndRefusesStrangeNames() {
		BrowserSession admin = signedIn("admin@demo.example");
		String csrf = csrf(admin.get("/employees?lang=en").body());
		admin.post("/desk/tables/employees/columns", form(csrf), "application/x-www-form-urlencoded");
		assertThat(admin.get("/employees?lang=en").body()).contains("data-col=\"name\"");
		String bad = "_csrf=" + csrf + "&column=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8);
		assertThat(admin.post("/desk/tables/employees/columns", bad.getBytes(StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded").status()).isEqualTo(400);
	}

	@Test
	void theExportHoldsTheFilteredRowsInTheShownColumns() {
		UUID finance = new DemoData(jdbc).departmentId(DemoData.DEMO, "FIN");
		List<String> inFinance = jdbc.queryForList("""
				select e.employee_no from employee.employee e where e.tenant_id = 'demo' and e.department_id = ?
				 order by e.employee_no desc""", String.class, finance);
		BrowserSession hr = signedIn("hr@demo.example");
		String page = hr.get("/employees?departmentId=" + finance + "&sort=-no&lang=en").body();
		assertThat(page).contains("href=\"/employees/export?departmentId=" + finance + "&amp;sort=-no\"");

		ApiClient.Binary file = hr.getBinary("/employees/export?departmentId=" + finance + "&sort=-no&lang=en",
				"text/csv");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("text/csv");
		String[] lines = new String(file.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
		assertThat(lines[0]).isEqualTo("Employee no.,Name,Department,Position,Status,Hire date");
		assertThat(lines).hasSize(inFinance.size() + 1);
		assertThat(lines[1]).startsWith(inFinance.get(0) + ",");

		assertThat(signedIn("manager@demo.example").getBinary("/employees/export", "text/csv").status())
			.as("the manager may read the list but not export it").isEqualTo(403);
	}

	@Test
	void anEmptyListSaysSoAndOffersToClearTheFilters() {
		String page = signedIn("hr@demo.example").get("/employees?q=zzzz-nobody&lang=en").body();
		assertThat(page).contains("No employees match.", "Clear the filters", "rl-empty");
	}

	@Test
	void leaveRequestsPickedOnTheListAreCancelledInBulk() {
		BrowserSession employee = signedIn("employee@demo.example");
		String reason = "批量撤销 " + TestUsers.unique("L");
		String day = aWorkingDayOfTheDemoEmployee();
		String csrf = csrf(employee.get("/leave?lang=en").body());
		employee.postForm("/leave/requests", Map.of("type", "PERSONAL", "start", day, "end", day, "startHalf", "PM",
				"endHalf", "", "reason", reason, "_csrf", csrf));
		String pending = employee.get("/leave?status=PENDING&sort=-start&lang=en").body();
		assertThat(pending).contains(reason, "aria-sort=\"descending\"");
		Matcher row = Pattern.compile("id=\"request-([0-9a-f-]{36})\"(?:(?!</tr>).)*" + reason, Pattern.DOTALL)
			.matcher(pending);
		assertThat(row.find()).isTrue();
		String id = row.group(1);

		BrowserSession.Page done = employee.postForm("/leave/requests/bulk-cancel", Map.of("ids", id, "back",
				"/leave?status=CANCELLED", "_csrf", csrf));
		assertThat(done.location()).endsWith("/leave?status=CANCELLED");
		assertThat(employee.follow(done.location()).body()).contains("1 cancelled, 0 skipped", "request-" + id);
	}

	private String aWorkingDayOfTheDemoEmployee() {
		UUID employee = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		LocalDate from = LocalDate.now(clock).plusDays(150 + (System.nanoTime() % 60));
		return ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + from + "&to=" + from.plusDays(14))
			.json()
			.valueStream()
			.filter(day -> !day.get("shift").isNull() && !day.get("shift").get("code").asString().equals("NIGHT"))
			.map(day -> day.get("date").asString())
			.findFirst()
			.orElseThrow();
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}

	private static String csrf(String page) {
		return BrowserSession.csrfTokenOf(new BrowserSession.Page(200, page, null));
	}

	private static byte[] form(String csrf, String... shown) {
		StringBuilder body = new StringBuilder("_csrf=" + csrf + "&back=/employees");
		for (String column : List.of("no", "name", "department", "position", "status", "hireDate")) {
			body.append("&column=").append(column);
		}
		for (String column : shown) {
			body.append("&shown=").append(column);
		}
		return body.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> numbers(String page) {
		Matcher matcher = EMPLOYEE_NO.matcher(page);
		List<String> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}
}
