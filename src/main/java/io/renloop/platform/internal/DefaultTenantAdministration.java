package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultTenantAdministration implements TenantAdministration {

	private final Tenants tenants;

	private final UserAccounts users;

	private final Passwords passwords;

	private final UserLinks links;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final ApproverLogins logins;

	DefaultTenantAdministration(Tenants tenants, UserAccounts users, Passwords passwords, UserLinks links,
			LoginThrottle throttle, AuditTrail audit, ApproverLogins logins) {
		this.tenants = tenants;
		this.users = users;
		this.passwords = passwords;
		this.links = links;
		this.throttle = throttle;
		this.audit = audit;
		this.logins = logins;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyTenantExists() {
		return tenants.count() > 0;
	}

	@Override
	public void createTenant(String tenantId, String name, String locale, String timeZone) {
		if (tenants.existsById(tenantId)) {
			throw new BusinessRuleException("error.tenant.exists", tenantId);
		}
		tenants.save(new Tenant(tenantId, name, locale, timeZone));
		TenantContext.runAs(tenantId,
				() -> audit.recordChange("CREATE", "Tenant", tenantId, null, Map.of("name", name, "locale", locale)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantView> tenant(String tenantId) {
		return tenants.findById(tenantId).map(t -> new TenantView(t.id(), t.name(), t.locale(), t.timeZone()));
	}

	@Override
	public UUID createUser(NewUser user) {
		if (users.findByEmail(user.email()).isPresent()) {
			throw new BusinessRuleException("error.user.emailTaken", user.email());
		}
		links.check(user.tenantId(), user.departmentId(), user.employeeId());
		DataScope scope = user.dataScope() != null ? user.dataScope()
				: user.roles().stream().map(Role::defaultScope).reduce(DataScope.SELF, DataScope::widest);
		UserAccount account = new UserAccount(user.tenantId(), user.email(), user.displayName(),
				passwords.hash("password", user.rawPassword(), user.displayName(), user.email()), user.roles(), scope);
		account.linkTo(user.departmentId(), user.employeeId());
		users.save(account);
		TenantContext.runAs(user.tenantId(), () -> audit.recordChange("CREATE", "User", account.id(), null,
				Map.of("email", account.email(), "roles", user.roles(), "dataScope", scope)));
		return account.id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserView> users() {
		Set<UUID> delayed = throttle.delayedUsers();
		return users.findByTenantIdOrderByEmail(TenantContext.require())
			.stream()
			.map(u -> view(u, delayed.contains(u.id())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public UserView user(UUID id) {
		return view(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> holdersOf(Role role) {
		Set<UUID> delayed = throttle.delayedUsers();
		return logins.holdersOf(TenantContext.require(), role).stream().filter(id -> !delayed.contains(id)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> userOfEmployee(UUID employeeId) {
		return logins.ofEmployee(TenantContext.require(), employeeId);
	}

	@Override
	public UserView changeAccess(UUID id, ChangeAccess change) {
		CurrentUser me = CurrentUser.require();
		if (change.roles().contains(Role.PLATFORM_ADMIN) && !me.roles().contains(Role.PLATFORM_ADMIN)) {
			throw new BusinessRuleException(403, "error.user.cannotGrantPlatformAdmin");
		}
		if (id.equals(me.userId()) && (!change.enabled() || !change.roles().contains(Role.TENANT_ADMIN)
				&& me.roles().contains(Role.TENANT_ADMIN))) {
			throw new BusinessRuleException("error.user.cannotLockOutSelf");
		}
		UserAccount account = load(id);
		links.check(account.tenantId(), change.departmentId(), change.employeeId());
		UserView before = view(account);
		DataScope scope = change.dataScope() != null ? change.dataScope()
				: change.roles().stream().map(Role::defaultScope).reduce(DataScope.SELF, DataScope::widest);
		account.changeAccess(change.roles(), scope, change.departmentId(), change.employeeId(), change.enabled());
		UserView after = view(account);
		audit.recordChange("CHANGE_ACCESS", "User", id, before, after);
		return after;
	}

	@Override
	public UserView changePassword(UUID id, String rawPassword) {
		UserAccount account = load(id);
		account.changePassword(passwords.hash("password", rawPassword, account.displayName(), account.email()));
		audit.recordChange("CHANGE_PASSWORD", "User", id, null, Map.of("email", account.email()));
		return view(account);
	}

	@Override
	public UserView unlock(UUID id) {
		UserAccount account = load(id);
		throttle.clear(id);
		audit.recordChange("UNLOCK", "User", id, null, Map.of("email", account.email()));
		return view(account);
	}

	private UserAccount load(UUID id) {
		return users.findByIdAndTenantId(id, TenantContext.require()).orElseThrow(() -> new NotFoundException("User", id));
	}

	@Override
	public void changeMyLocale(String locale) {
		CurrentUser me = CurrentUser.require();
		users.findByIdAndTenantId(me.userId(), me.tenantId()).ifPresent(account -> account.changeLocale(locale));
	}

	private UserView view(UserAccount u) {
		return view(u, throttle.isDelayedAnywhere(u.id()));
	}

	private static UserView view(UserAccount u, boolean delayed) {
		return new UserView(u.id(), u.email(), u.displayName(), u.roles(), u.dataScope(), u.departmentId(),
				u.employeeId(), u.locale(), delayed);
	}
}
