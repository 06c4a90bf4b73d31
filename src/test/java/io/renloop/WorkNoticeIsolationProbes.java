package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work notices' probes for {@link TenantIsolationTests}: acme never sees a notice of demo, and a channel choice
 * made in acme lands in acme and leaves demo's logins alone.
 */
final class WorkNoticeIsolationProbes {

	private final JdbcTemplate jdbc;

	private final String demoTitle = "isolation-probe-" + UUID.randomUUID();

	WorkNoticeIsolationProbes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		UUID demoEmployee = jdbc.queryForObject(
				"select id from platform.user_account where tenant_id = ? and email = 'employee@demo.example'", UUID.class,
				DEMO);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				insert into platform.work_notice (id, tenant_id, user_id, channel, topic, dedup_key, title, text, link,
				    status, next_attempt_at, created_at)
				values (?, ?, ?, 'EMAIL', 'APPROVAL_WAITING', ?, ?, 'probe', '/approvals', 'SENT', ?, ?)""",
				UUID.randomUUID(), DEMO, demoEmployee, demoTitle, demoTitle, now, now);
		// demo's employee is reachable in WeCom; nobody of acme is
		jdbc.update("""
				insert into platform.sso_link (tenant_id, provider, external_id, user_id, linked_at)
				values (?, 'WECOM', ?, ?, ?) on conflict do nothing""", DEMO, demoTitle, demoEmployee, now);
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(entry("GET /api/v1/me/notices", new Probe("acmeSeesNoDemoNotice", acme -> {
			ApiClient.Response list = acme.get("/api/v1/me/notices");
			assertThat(list.status()).isEqualTo(200);
			assertThat(list.body()).doesNotContain(demoTitle);
		})), entry("GET /api/v1/me/notices/channels", new Probe("acmeChannelsAreAcmes", acme -> {
			ApiClient.Response channels = acme.get("/api/v1/me/notices/channels");
			assertThat(channels.status()).isEqualTo(200);
			assertThat(channels.json().get("reachable").toString()).doesNotContain("WECOM");
		})), entry("PUT /api/v1/me/notices/channels", new Probe("acmeChoiceLandsInAcme", acme -> {
			assertThat(acme.put("/api/v1/me/notices/channels", Map.of("channels", List.of("EMAIL"))).status())
				.isEqualTo(200);
			assertThat(jdbc.queryForObject("select count(*) from platform.message_preference where tenant_id = ?",
					Integer.class, ACME)).isPositive();
			assertThat(jdbc.queryForObject("""
					select count(*) from platform.message_preference p join platform.user_account u on u.id = p.user_id
					where u.tenant_id <> p.tenant_id""", Integer.class)).isZero();
		})));
	}
}
