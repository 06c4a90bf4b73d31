package io.renloop.platform.internal.sso;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SingleSignOnSettings;
import io.renloop.platform.TenantContext;
import io.renloop.platform.internal.SignInAccounts;
import java.net.URI;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single sign-on settings of the current tenant in plain SQL naming the tenant; secrets sealed with the
 * installation's personal-data key. Every change is audited, without the secret.
 */
@Service
@Transactional
class JdbcSingleSignOnSettings implements SingleSignOnSettings {

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	private final SsoLinks links;

	private final SignInAccounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	JdbcSingleSignOnSettings(JdbcTemplate jdbc, PersonalDataCipher cipher, SsoLinks links, SignInAccounts accounts,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OidcView> oidc() {
		return jdbc.query("""
				select provider_name, issuer, client_id, match_claim, claim_name, create_accounts
				from platform.sso_oidc where tenant_id = ?""",
				(rs, i) -> new OidcView(rs.getString(1), rs.getString(2), rs.getString(3), true,
						MatchClaim.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)),
				TenantContext.require()).stream().findFirst();
	}

	@Override
	public OidcView changeOidc(OidcChange change) {
		Optional<OidcView> before = oidc();
		if (!isWebAddress(change.issuer())) {
			throw InvalidFieldsException.of("issuer", "sso.invalid.issuer");
		}
		boolean newSecret = change.clientSecret() != null && !change.clientSecret().isBlank();
		if (before.isEmpty() && !newSecret) {
			throw InvalidFieldsException.of("clientSecret", "sso.invalid.secretMissing");
		}
		String claim = change.claimName() == null || change.claimName().isBlank() ? defaultClaim(change.matchClaim())
				: change.claimName().strip();
		byte[] secret = newSecret ? cipher.encrypt(change.clientSecret().strip()) : null;
		jdbc.update("""
				insert into platform.sso_oidc (tenant_id, provider_name, issuer, client_id, client_secret, match_claim,
				    claim_name, create_accounts, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id) do update set provider_name = excluded.provider_name, issuer = excluded.issuer,
				    client_id = excluded.client_id,
				    client_secret = coalesce(?, platform.sso_oidc.client_secret),
				    match_claim = excluded.match_claim, claim_name = excluded.claim_name,
				    create_accounts = excluded.create_accounts, updated_at = excluded.updated_at""",
				TenantContext.require(), change.providerName().strip(), change.issuer().strip(),
				change.clientId().strip(), secret == null ? new byte[0] : secret, change.matchClaim().name(), claim,
				change.createAccounts(), Timestamp.from(clock.instant()), new SqlParameterValue(Types.BINARY, secret));
		OidcView after = oidc().orElseThrow();
		audit.recordChange(before.isEmpty() ? "CREATE" : "UPDATE", "SingleSignOnOidc", TenantContext.require(),
				before.orElse(null), Map.of("settings", after, "secretChanged", newSecret));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ChatAppView> chatApp(IdentityProvider app) {
		return jdbc.query("select app_id, agent_id from platform.sso_chat_app where tenant_id = ? and provider = ?",
				(rs, i) -> new ChatAppView(app, rs.getString(1), rs.getString(2), true), TenantContext.require(),
				app.name()).stream().findFirst();
	}

	@Override
	public ChatAppView changeChatApp(IdentityProvider app, ChatAppChange change) {
		if (app == IdentityProvider.OIDC) {
			throw new NotFoundException("ChatApp", app);
		}
		Optional<ChatAppView> before = chatApp(app);
		boolean newSecret = change.secret() != null && !change.secret().isBlank();
		if (before.isEmpty() && !newSecret) {
			throw InvalidFieldsException.of("secret", "sso.invalid.secretMissing");
		}
		byte[] secret = newSecret ? cipher.encrypt(change.secret().strip()) : null;
		String agent = change.agentId() == null || change.agentId().isBlank() ? null : change.agentId().strip();
		jdbc.update("""
				insert into platform.sso_chat_app (tenant_id, provider, app_id, agent_id, secret, updated_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, provider) do update set app_id = excluded.app_id, agent_id = excluded.agent_id,
				    secret = coalesce(?, platform.sso_chat_app.secret), updated_at = excluded.updated_at""",
				TenantContext.require(), app.name(), change.appId().strip(), agent,
				secret == null ? new byte[0] : secret, Timestamp.from(clock.instant()),
				new SqlParameterValue(Types.BINARY, secret));
		ChatAppView after = chatApp(app).orElseThrow();
		audit.recordChange(before.isEmpty() ? "CREATE" : "UPDATE", "SingleSignOnChatApp",
				TenantContext.require() + "/" + app.path(), before.orElse(null),
				Map.of("settings", after, "secretChanged", newSecret));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean passwordsOff() {
		return Boolean.TRUE.equals(jdbc.queryForObject("select passwords_off from platform.tenant where id = ?",
				Boolean.class, TenantContext.require()));
	}

	@Override
	public boolean changePasswordsOff(boolean passwordsOff) {
		boolean before = passwordsOff();
		jdbc.update("update platform.tenant set passwords_off = ? where id = ?", passwordsOff, TenantContext.require());
		audit.recordChange("UPDATE", "SingleSignOnPolicy", TenantContext.require(), Map.of("passwordsOff", before),
				Map.of("passwordsOff", passwordsOff));
		return passwordsOff;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LinkView> links() {
		return links.of(TenantContext.require());
	}

	@Override
	public LinkView link(IdentityProvider provider, String externalId, UUID userId) {
		String tenantId = TenantContext.require();
		accounts.byId(tenantId, userId).orElseThrow(() -> new NotFoundException("User", userId));
		links.link(tenantId, provider, externalId.strip(), userId);
		audit.recordChange("LINK", "SingleSignOnLink", provider.path() + ":" + externalId.strip(), null,
				Map.of("userId", userId));
		return links.of(tenantId)
			.stream()
			.filter(l -> l.provider() == provider && l.externalId().equals(externalId.strip()))
			.findFirst()
			.orElseThrow();
	}

	static String defaultClaim(MatchClaim claim) {
		return claim == MatchClaim.WORK_EMAIL ? "email" : "employee_number";
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = URI.create(value.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
	}
}
