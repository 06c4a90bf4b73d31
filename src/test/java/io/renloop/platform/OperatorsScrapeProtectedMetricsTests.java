package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * {@code /actuator/prometheus} spans every tenant, so only platform administrators (page session or token) see it;
 * strangers get 401 and every tenant role 403, while health stays public. The business counters are there: events,
 * scheduled job runs, imports and logins.
 */
@RenloopIntegrationTest
class OperatorsScrapeProtectedMetricsTests {

	static final String METRICS = "/actuator/prometheus";

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	LockProvider locks;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void strangersAndTenantRolesCannotScrapeButHealthStaysPublic() {
		assertProblem(ApiClient.anonymous(port).get(METRICS), 401);
		for (String login : new String[] { "admin@demo.example", "hr@demo.example", "employee@demo.example",
				"hr@acme.example" }) {
			assertProblem(ApiClient.as(port, login).get(METRICS), 403);
		}
		assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);

		BrowserSession tenantAdmin = new BrowserSession(port);
		tenantAdmin.signIn("admin@demo.example", ApiClient.PASSWORD);
		assertThat(tenantAdmin.get(METRICS, "text/plain,*/*;q=0.8").status()).isEqualTo(403);
	}

	@Test
	void platformAdminScrapesTheBusinessCounters() {
		String operatorLogin = TestUsers.createUser(administration, DEMO, Role.PLATFORM_ADMIN);
		ApiClient operator = ApiClient.as(port, operatorLogin);
		assertThat(ApiClient.withBasic(port, operatorLogin, "wrong-" + ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", null)
			.status()).isEqualTo(401);
		runJobOnce("test.metrics-probe");
		events.publishEvent(new MetricsProbed(DEMO));
		ApiClient.Response started = Multipart.file("file", "units.csv", "code,name,parentCode,kind\nMETRICS,Probe,,TEAM\n")
			.postTo(ApiClient.as(port, "hr@demo.example"), "/api/v1/imports/departments?dryRun=true");
		assertThat(started.status()).as(started.body()).isEqualTo(202);

		String metrics = awaitMetrics(operator, Pattern.compile("renloop_imports_total\\{kind=\"departments\",outcome=\"(succeeded|failed)\",stage=\"finished\"}"));
		assertThat(metrics).contains("renloop_imports_total{kind=\"departments\",outcome=\"none\",stage=\"started\"}")
			.contains("renloop_logins_total{outcome=\"succeeded\"}")
			.contains("renloop_logins_total{outcome=\"failed\"}")
			.contains("renloop_jobs_runs_total{job=\"test.metrics-probe\"}")
			.contains("renloop_events_publications{state=\"completed\"}")
			.contains("renloop_events_publications{state=\"failed\"}")
			.contains("renloop_events_publications{state=\"incomplete\"}")
			.contains("renloop_events_published_total{event=\"MetricsProbed\"}")
			.contains("http_server_requests_seconds_count")
			.contains("hikaricp_connections_active");
		assertThat(metrics).as("counts only, never who").doesNotContain(operatorLogin).doesNotContain("@demo.example");

		BrowserSession session = new BrowserSession(port);
		session.signIn(operatorLogin, ApiClient.PASSWORD);
		BrowserSession.Page page = session.get(METRICS, "text/plain,*/*;q=0.8");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("renloop_logins_total");
	}

	/** An event of the application's own, with no listener. */
	record MetricsProbed(String tenantId) {
	}

	private void runJobOnce(String name) {
		SimpleLock lock = locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofSeconds(30), Duration.ZERO))
			.orElseThrow();
		lock.unlock();
	}

	private static String awaitMetrics(ApiClient operator, Pattern expected) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			ApiClient.Response scraped = operator.get(METRICS);
			assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
			if (expected.matcher(scraped.body()).find() || Instant.now().isAfter(deadline)) {
				assertThat(scraped.body()).containsPattern(expected);
				return scraped.body();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
