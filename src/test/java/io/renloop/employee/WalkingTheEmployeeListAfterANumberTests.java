package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The employee list is read in number order, and a client that walks it passes the number of the last row it
 * has as {@code after} (keyset paging): it gets the same rows as the next page, within the same data scope and
 * filters, with the department and position names of each row and the list's total, exact below 10,000.
 */
@RenloopIntegrationTest
class WalkingTheEmployeeListAfterANumberTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRowsAfterTheLastNumberOfAPageAreTheNextPage() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		JsonNode first = hr.get("/api/v1/employees?size=5&page=0").json();
		JsonNode second = hr.get("/api/v1/employees?size=5&page=1").json();

		JsonNode walked = hr.get("/api/v1/employees?size=5&after=" + lastNumberOf(first)).json();

		assertThat(numbersOf(walked)).hasSize(5).isEqualTo(numbersOf(second));
		assertThat(walked.at("/page/totalExact").asBoolean()).isTrue();
		assertThat(walked.at("/page/totalElements").asLong()).isEqualTo(first.at("/page/totalElements").asLong())
			.isEqualTo(jdbc.queryForObject("select count(*) from employee.employee where tenant_id = 'demo'", Long.class));
	}

	@Test
	void walkingTheWholeListMeetsEveryEmployeeOnceWithTheNamesOfTheirUnits() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		List<JsonNode> all = walk(hr, "/api/v1/employees?size=200");

		assertThat(all).extracting(e -> e.get("id").asString()).doesNotHaveDuplicates()
			.hasSize(jdbc.queryForObject("select count(*) from employee.employee where tenant_id = 'demo'", Integer.class));
		JsonNode miner = all.stream()
			.filter(e -> e.get("id").asString().equals(new DemoData(jdbc).someEmployeeIn(DEMO, "COAL-2").toString()))
			.findFirst()
			.orElseThrow();
		assertThat(miner.get("departmentName").asString()).isEqualTo(jdbc.queryForObject(
				"select name from organization.department where tenant_id = 'demo' and code = 'COAL-2'", String.class));
	}

	@Test
	void theCursorKeepsTheDataScopeAndTheFilters() {
		UUID mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
		Set<String> subtree = Set.copyOf(jdbc.queryForList("""
				select d.id::text from organization.department d, organization.department m
				where m.id = ? and d.tenant_id = m.tenant_id and d.path like m.path || '%'""", String.class, mining));
		ApiClient manager = ApiClient.as(port, "manager@demo.example");

		List<JsonNode> walked = walk(manager, "/api/v1/employees?size=7&status=ACTIVE");

		assertThat(walked).isNotEmpty()
			.allMatch(e -> subtree.contains(e.get("departmentId").asString()))
			.allMatch(e -> e.get("status").asString().equals("ACTIVE"));
		assertThat(walked).hasSize((int) manager.get("/api/v1/employees?size=1&status=ACTIVE").json()
			.at("/page/totalElements").asLong());
		String surname = URLEncoder.encode("王", StandardCharsets.UTF_8);
		assertThat(walk(manager, "/api/v1/employees?size=3&q=" + surname))
			.allMatch(e -> e.get("name").asString().contains("王") || e.get("email").asString("").contains("王"));
	}

	private static List<JsonNode> walk(ApiClient client, String path) {
		List<JsonNode> all = new ArrayList<>();
		JsonNode page = client.get(path).json();
		while (!page.get("content").isEmpty()) {
			page.get("content").forEach(all::add);
			page = client.get(path + "&after=" + URLEncoder.encode(lastNumberOf(page), StandardCharsets.UTF_8)).json();
		}
		return all;
	}

	private static String lastNumberOf(JsonNode page) {
		List<String> numbers = numbersOf(page);
		return numbers.get(numbers.size() - 1);
	}

	private static List<String> numbersOf(JsonNode page) {
		return page.get("content").valueStream().map(e -> e.get("employeeNo").asString()).toList();
	}
}
