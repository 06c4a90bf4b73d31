package io.renloop.platform.internal.sso;

import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.internal.SignInAccounts;
import io.renloop.platform.internal.SignInAccounts.Account;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the login an outside identity signs in as: the one it is linked to, else the one the provider's data
 * matches (which links it just in time), else one created when the tenant allows it. A person without a login and
 * a disabled login are refused.
 */
@Component
class LinkedAccounts {

	private final SsoLinks links;

	private final SignInAccounts accounts;

	LinkedAccounts(SsoLinks links, SignInAccounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	/**
	 * @param match the login the provider's data names, if any
	 * @param create creates a login when the tenant allows it (else empty)
	 * @throws SignInRefusedException 403 for a person without a login or with a disabled one
	 */
	@Transactional
	Account signInAccount(String tenantId, IdentityProvider provider, String externalId,
			Supplier<Optional<Account>> match, Supplier<Optional<Account>> create) {
		Optional<Account> linked = links.userOf(tenantId, provider, externalId)
			.flatMap(id -> accounts.byId(tenantId, id));
		Account account = linked.or(match)
			.or(create)
			.orElseThrow(() -> new SignInRefusedException(403, "sso.error.unknownUser",
					provider + " identity " + externalId + " of tenant " + tenantId + " has no login"));
		if (!account.enabled()) {
			throw new SignInRefusedException(403, "sso.error.disabledUser",
					provider + " identity " + externalId + " signs in as disabled login " + account.id());
		}
		if (linked.isEmpty()) {
			links.link(tenantId, provider, externalId, account.id());
		}
		return account;
	}
}
