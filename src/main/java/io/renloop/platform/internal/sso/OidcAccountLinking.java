package io.renloop.platform.internal.sso;

import io.renloop.platform.EmployeeNumberLookup;
import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.SingleSignOnSettings.MatchClaim;
import io.renloop.platform.internal.SignInAccounts;
import io.renloop.platform.internal.SignInAccounts.Account;
import io.renloop.platform.internal.sso.OidcConfigurations.OidcConfiguration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After the provider's ID token passed its checks (signature, issuer, audience, nonce, expiry): finds the Renloop
 * login of the person by the claim the tenant chose, links it to the token's subject, or creates an employee login
 * when the tenant allows it. A refusal becomes an OAuth2 error whose code names the message of the login page.
 */
@Component
class OidcAccountLinking implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService userInfo = new OidcUserService();

	private final OidcConfigurations configurations;

	private final LinkedAccounts linked;

	private final SignInAccounts accounts;

	private final ObjectProvider<EmployeeNumberLookup> employeeNumbers;

	OidcAccountLinking(OidcConfigurations configurations, LinkedAccounts linked, SignInAccounts accounts,
			ObjectProvider<EmployeeNumberLookup> employeeNumbers) {
		this.configurations = configurations;
		this.linked = linked;
		this.accounts = accounts;
		this.employeeNumbers = employeeNumbers;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = userInfo.loadUser(request);
		String tenantId = request.getClientRegistration().getRegistrationId();
		OidcConfiguration configuration = configurations.of(tenantId)
			.orElseThrow(() -> refused("sso.error.unknownTenant", "tenant " + tenantId + " has no OIDC settings"));
		try {
			Account account = linked.signInAccount(tenantId, IdentityProvider.OIDC, user.getSubject(),
					() -> match(configuration, user), () -> create(configuration, user));
			return new LinkedOidcUser(user, tenantId, account.id());
		}
		catch (SignInRefusedException ex) {
			throw refused(ex.messageKey(), ex.getMessage());
		}
	}

	private Optional<Account> match(OidcConfiguration configuration, OidcUser user) {
		String value = user.getClaimAsString(configuration.claimName());
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		if (configuration.matchClaim() == MatchClaim.WORK_EMAIL) {
			return Boolean.FALSE.equals(user.getEmailVerified()) ? Optional.empty()
					: accounts.byEmail(configuration.tenantId(), value.strip());
		}
		return employeeWithNumber(configuration, value.strip())
			.flatMap(employee -> accounts.byEmployee(configuration.tenantId(), employee));
	}

	/** A new employee login: only when the tenant allows it, with a verified e-mail nobody uses yet. */
	private Optional<Account> create(OidcConfiguration configuration, OidcUser user) {
		String email = user.getEmail();
		if (!configuration.createAccounts() || email == null || email.isBlank()
				|| Boolean.FALSE.equals(user.getEmailVerified()) || accounts.emailTaken(email.strip())) {
			return Optional.empty();
		}
		UUID employee = configuration.matchClaim() == MatchClaim.EMPLOYEE_NUMBER
				? Optional.ofNullable(user.getClaimAsString(configuration.claimName()))
					.flatMap(number -> employeeWithNumber(configuration, number.strip()))
					.orElse(null)
				: null;
		String name = user.getFullName() != null && !user.getFullName().isBlank() ? user.getFullName() : email;
		return Optional.of(accounts.createEmployeeLogin(configuration.tenantId(), email.strip(), name, employee));
	}

	private Optional<UUID> employeeWithNumber(OidcConfiguration configuration, String number) {
		EmployeeNumberLookup lookup = employeeNumbers.getIfAvailable();
		return lookup == null ? Optional.empty() : lookup.employeeWithNumber(configuration.tenantId(), number);
	}

	/** The error code is the translation key of the login page's message; the description goes to the log only. */
	private static OAuth2AuthenticationException refused(String messageKey, String logMessage) {
		return new OAuth2AuthenticationException(new OAuth2Error(messageKey, logMessage, null), logMessage);
	}
}
