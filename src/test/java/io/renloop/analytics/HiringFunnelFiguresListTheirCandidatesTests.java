package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every funnel figure of the hiring dashboard links to the people behind it: a stage of a channel lists the candidates
 * of its applications (named by recruitment, linked to the candidate page), for those who may read recruitment only.
 */
@RenloopIntegrationTest
class HiringFunnelFiguresListTheirCandidatesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFunnelStageOfAChannelListsItsCandidates() {
		Map<String, Object> application = jdbc.queryForMap("select channel, received_at from analytics.application_fact "
				+ "where tenant_id = ? and not duplicate order by received_at desc limit 1", DEMO);
		String day = ((Timestamp) application.get("received_at")).toLocalDateTime().toLocalDate().toString();
		String query = "?series=applications&x=" + application.get("channel") + "&from=" + day + "&to=" + day;
		ApiClient hr = ApiClient.as(port, "hr@demo.example");

		JsonNode dashboard = hr.get("/api/v1/analytics/hiring?from=" + day + "&to=" + day).json();
		JsonNode rows = hr.get("/api/v1/analytics/hiring/rows" + query).json();

		assertThat(dashboard.toString()).contains("\"series\":\"applications\"");
		assertThat(rows.size()).isPositive();
		for (JsonNode row : rows) {
			assertThat(row.get("employeeId").isNull()).isTrue();
			assertThat(row.get("candidateId").asString()).isNotBlank();
			assertThat(row.get("name").asString()).isNotBlank();
			assertThat(row.get("detail").asString()).startsWith(day);
		}
		BrowserSession browser = new BrowserSession(port);
		browser.signIn("hr@demo.example", ApiClient.PASSWORD);
		String page = browser.get("/analytics/hiring/rows" + query).body();
		assertThat(page).contains("/recruitment/candidates/" + rows.get(0).get("candidateId").asString());
		assertProblem(ApiClient.as(port, "manager@demo.example").get("/api/v1/analytics/hiring/rows" + query), 403);
	}
}
