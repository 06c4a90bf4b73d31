package io.renloop;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk's probe for {@link TenantIsolationTests}: acme's HR searching for a demo employee's name and number and a
 * demo department's name gets no hit that opens a record of the demo tenant.
 */
final class DeskIsolationProbes {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final JdbcTemplate jdbc;

	private final List<String> demoTexts;

	DeskIsolationProbes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		Map<String, Object> employee = jdbc.queryForMap("select name, employee_no from employee.employee where "
				+ "tenant_id = 'demo' order by employee_no limit 1");
		this.demoTexts = List.of((String) employee.get("name"), (String) employee.get("employee_no"), "井下采煤");
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(entry("GET /api/v1/search", new Probe("acmeSearchOpensNoDemoRecord", acme -> {
			for (String text : demoTexts) {
				ApiClient.Response found = acme.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
				assertThat(found.status()).as(found.body()).isEqualTo(200);
				for (JsonNode hit : found.json().get("hits")) {
					Matcher id = ID.matcher(hit.get("url").asString());
					while (id.find()) {
						assertThat(demoRows(UUID.fromString(id.group()))).as(hit.toString()).isZero();
					}
				}
			}
		})));
	}

	private int demoRows(UUID id) {
		return jdbc.queryForObject("""
				select (select count(*) from employee.employee where id = ? and tenant_id = 'demo')
				 + (select count(*) from organization.department where id = ? and tenant_id = 'demo')
				 + (select count(*) from recruitment.requisition where id = ? and tenant_id = 'demo')
				 + (select count(*) from recruitment.candidate where id = ? and tenant_id = 'demo')""", Integer.class,
				id, id, id, id);
	}
}
