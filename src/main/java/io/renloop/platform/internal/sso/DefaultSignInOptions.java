package io.renloop.platform.internal.sso;

import io.renloop.platform.SignInOptions;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The login page's single sign-on buttons of a tenant, read in one statement. */
@Component
class DefaultSignInOptions implements SignInOptions {

	private final JdbcTemplate jdbc;

	DefaultSignInOptions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Options> of(String tenantId) {
		if (tenantId == null || tenantId.isBlank() || tenantId.length() > 40) {
			return Optional.empty();
		}
		return jdbc.query("""
				select t.id, o.provider_name,
				       exists (select 1 from platform.sso_chat_app c where c.tenant_id = t.id and c.provider = 'WECOM'),
				       t.passwords_off
				from platform.tenant t left join platform.sso_oidc o on o.tenant_id = t.id
				where t.id = ?""",
				(rs, i) -> new Options(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)),
				tenantId).stream().findFirst();
	}
}
