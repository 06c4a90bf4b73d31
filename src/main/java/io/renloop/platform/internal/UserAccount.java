package io.renloop.platform.internal;

import io.renloop.platform.DataScope;
import io.renloop.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A login. Users are looked up by e-mail before the tenant is known, so this platform table is filtered
 * by its explicit {@code tenantId} column rather than by Hibernate's tenant filter.
 */
@Entity
@Table(schema = "platform", name = "user_account")
class UserAccount {

	@Id
	private UUID id;

	private String tenantId;

	private String email;

	private String displayName;

	private String passwordHash;

	private String roles;

	@Enumerated(EnumType.STRING)
	private DataScope dataScope;

	private UUID departmentId;

	private UUID employeeId;

	private String locale;

	private boolean enabled;

	/** Raised by every change that must end the login's page sessions (see {@link StaleSessionFilter}). */
	private long securityStamp;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private Long version;

	protected UserAccount() {
	}

	UserAccount(String tenantId, String email, String displayName, String passwordHash, Set<Role> roles,
			DataScope dataScope) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.email = email.toLowerCase();
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = joined(roles);
		this.dataScope = dataScope;
		this.enabled = true;
	}

	/**
	 * Changes what the login may do and see; any actual change raises the security stamp, so that sessions opened
	 * with the old rights end.
	 */
	void changeAccess(Set<Role> roles, DataScope dataScope, UUID departmentId, UUID employeeId, boolean enabled) {
		String newRoles = joined(roles);
		boolean changed = !newRoles.equals(this.roles) || dataScope != this.dataScope || enabled != this.enabled
				|| !Objects.equals(departmentId, this.departmentId) || !Objects.equals(employeeId, this.employeeId);
		this.roles = newRoles;
		this.dataScope = dataScope;
		this.enabled = enabled;
		linkTo(departmentId, employeeId);
		if (changed) {
			securityStamp++;
		}
	}

	/** Blocks every login and token of the user; sessions opened before end with the new security stamp. */
	void disable() {
		if (enabled) {
			enabled = false;
			securityStamp++;
		}
	}

	/**
	 * Allows the login again (a rehired employee); false when it was enabled already. The security stamp stays: the
	 * sessions of the closure were ended with it, and none can have started since.
	 */
	boolean enable() {
		if (enabled) {
			return false;
		}
		enabled = true;
		return true;
	}

	void linkTo(UUID departmentId, UUID employeeId) {
		this.departmentId = departmentId;
		this.employeeId = employeeId;
	}

	/** Replaces the password; sessions signed in with the old one end. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		securityStamp++;
	}

	private static String joined(Set<Role> roles) {
		return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	void changeLocale(String locale) {
		this.locale = locale;
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Set<Role> roles() {
		if (roles == null || roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	DataScope dataScope() {
		return dataScope;
	}

	UUID departmentId() {
		return departmentId;
	}

	UUID employeeId() {
		return employeeId;
	}

	String locale() {
		return locale;
	}

	boolean enabled() {
		return enabled;
	}

	long securityStamp() {
		return securityStamp;
	}

	/** The row version, raised by every change of the login. */
	long version() {
		return version == null ? 0 : version;
	}
}
