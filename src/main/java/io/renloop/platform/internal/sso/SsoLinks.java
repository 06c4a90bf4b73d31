package io.renloop.platform.internal.sso;

import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.SingleSignOnSettings.LinkView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which login an outside identity (OIDC subject, WeCom or DingTalk user id) signs in as, per tenant. */
@Component
class SsoLinks {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SsoLinks(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<UUID> userOf(String tenantId, IdentityProvider provider, String externalId) {
		return jdbc.queryForList("""
				select user_id from platform.sso_link where tenant_id = ? and provider = ? and external_id = ?""",
				UUID.class, tenantId, provider.name(), externalId).stream().findFirst();
	}

	/** The login's identity at the provider; the latest link when an admin linked more than one. */
	Optional<String> externalIdOf(String tenantId, IdentityProvider provider, UUID userId) {
		return jdbc.queryForList("""
				select external_id from platform.sso_link where tenant_id = ? and provider = ? and user_id = ?
				order by linked_at desc limit 1""", String.class, tenantId, provider.name(), userId).stream().findFirst();
	}

	void link(String tenantId, IdentityProvider provider, String externalId, UUID userId) {
		jdbc.update("""
				insert into platform.sso_link (tenant_id, provider, external_id, user_id, linked_at) values (?, ?, ?, ?, ?)
				on conflict (tenant_id, provider, external_id) do update set user_id = excluded.user_id,
				    linked_at = excluded.linked_at""", tenantId, provider.name(), externalId, userId,
				Timestamp.from(clock.instant()));
	}

	List<LinkView> of(String tenantId) {
		return jdbc.query("""
				select l.provider, l.external_id, l.user_id, u.email, l.linked_at
				from platform.sso_link l join platform.user_account u on u.id = l.user_id and u.tenant_id = l.tenant_id
				where l.tenant_id = ? order by l.provider, l.external_id""",
				(rs, i) -> new LinkView(IdentityProvider.valueOf(rs.getString(1)), rs.getString(2),
						rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant()),
				tenantId);
	}
}
