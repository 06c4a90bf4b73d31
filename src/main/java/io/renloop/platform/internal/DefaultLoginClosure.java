package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.LoginClosure;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables the logins, deletes their page sessions from the shared store (ADR 0017) and revokes their tokens in one
 * transaction. A session that is being served while this commits is still refused on its next request by the
 * {@link StaleSessionFilter}, since the login is no longer enabled.
 */
@Service
@Transactional
class DefaultLoginClosure implements LoginClosure {

	private final UserAccounts users;

	private final ApiTokens tokens;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultLoginClosure(UserAccounts users, ApiTokens tokens, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public int closeLoginsOfEmployee(UUID employeeId) {
		Instant now = clock.instant();
		int closed = 0;
		for (UserAccount account : users.findByTenantIdAndEmployeeId(TenantContext.require(), employeeId)) {
			boolean wasEnabled = account.enabled();
			account.disable();
			int revoked = 0;
			for (ApiToken token : tokens.findByUserIdOrderByCreatedAtDesc(account.id())) {
				if (token.isActive()) {
					token.revoke(now);
					revoked++;
				}
			}
			int sessions = jdbc.update("delete from platform.spring_session where principal_name = ?", account.email());
			if (wasEnabled || revoked > 0 || sessions > 0) {
				audit.recordChange("CLOSE_LOGIN", "User", account.id(), Map.of("enabled", wasEnabled),
						Map.of("enabled", false, "sessionsEnded", sessions, "tokensRevoked", revoked));
				closed++;
			}
		}
		return closed;
	}

	@Override
	public int reopenLoginsOfEmployee(UUID employeeId) {
		int opened = 0;
		for (UserAccount account : users.findByTenantIdAndEmployeeId(TenantContext.require(), employeeId)) {
			if (account.enable()) {
				audit.recordChange("REOPEN_LOGIN", "User", account.id(), Map.of("enabled", false),
						Map.of("enabled", true, "reason", "REHIRE"));
				opened++;
			}
		}
		return opened;
	}
}
