package io.renloop.platform.internal.sso;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.internal.sso.ChatAppIdentities.ChatAppCredentials;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a tenant's WeCom or DingTalk application with its secret unsealed, for sign-in. */
@Component
class ChatAppConfigurations {

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	ChatAppConfigurations(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<ChatAppCredentials> of(String tenantId, IdentityProvider app) {
		if (tenantId == null || tenantId.length() > 40) {
			return Optional.empty();
		}
		return jdbc.query("select app_id, agent_id, secret from platform.sso_chat_app where tenant_id = ? and provider = ?",
				(rs, i) -> new ChatAppCredentials(tenantId, rs.getString(1), rs.getString(2),
						cipher.decrypt(rs.getBytes(3))),
				tenantId, app.name())
			.stream()
			.findFirst();
	}
}
