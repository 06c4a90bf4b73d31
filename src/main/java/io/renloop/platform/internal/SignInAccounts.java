package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.Role;
import io.renloop.platform.TenantContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logins that single sign-on (package {@code sso}) may sign in: found by e-mail or employee record within one
 * tenant, never across tenants, and turned into the same principal a password login gets. Public only for that
 * sub-package; other modules never see it.
 */
@Component
public class SignInAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts users;

	private final RenloopUserDetailsService principals;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	SignInAccounts(UserAccounts users, RenloopUserDetailsService principals, PasswordEncoder passwordEncoder,
			AuditTrail audit) {
		this.users = users;
		this.principals = principals;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/** A login as single sign-on sees it. */
	public record Account(UUID id, String tenantId, String email, boolean enabled, Set<Role> roles) {
	}

	@Transactional(readOnly = true)
	public Optional<Account> byId(String tenantId, UUID id) {
		return users.findByIdAndTenantId(id, tenantId).map(SignInAccounts::account);
	}

	@Transactional(readOnly = true)
	public Optional<Account> byEmail(String tenantId, String email) {
		return users.findByEmail(email).filter(u -> u.tenantId().equals(tenantId)).map(SignInAccounts::account);
	}

	/** The login of the employee record, when exactly one login links to it. */
	@Transactional(readOnly = true)
	public Optional<Account> byEmployee(String tenantId, UUID employeeId) {
		var linked = users.findByTenantIdAndEmployeeId(tenantId, employeeId);
		return linked.size() == 1 ? Optional.of(account(linked.get(0))) : Optional.empty();
	}

	/** Whether a login of any tenant already has this e-mail (e-mails are unique across tenants). */
	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return users.findByEmail(email).isPresent();
	}

	/**
	 * Creates an employee login for a person the tenant's identity provider vouches for, with a random password
	 * nobody knows: the person signs in through the provider only. Audited as done by the system. Committed on its
	 * own, so that the link to it, written with plain SQL, finds the row.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Account createEmployeeLogin(String tenantId, String email, String displayName, UUID employeeId) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		UserAccount account = new UserAccount(tenantId, email, displayName,
				passwordEncoder.encode(Base64.getEncoder().encodeToString(random)), Set.of(Role.EMPLOYEE),
				Role.EMPLOYEE.defaultScope());
		account.linkTo(null, employeeId);
		users.save(account);
		TenantContext.runAs(tenantId, () -> audit.recordChange("CREATE", "User", account.id(), null,
				Map.of("email", account.email(), "roles", Set.of(Role.EMPLOYEE), "source", "single sign-on")));
		return account(account);
	}

	/** The principal of a page session of this login, as password login builds it (without the password hash). */
	@Transactional(readOnly = true)
	public RenloopPrincipal principalOf(String tenantId, UUID id) {
		UserAccount account = users.findByIdAndTenantId(id, tenantId).orElseThrow();
		RenloopPrincipal principal = principals.principalOf(account, null);
		principal.eraseCredentials();
		return principal;
	}

	private static Account account(UserAccount u) {
		return new Account(u.id(), u.tenantId(), u.email(), u.enabled(), u.roles());
	}
}
