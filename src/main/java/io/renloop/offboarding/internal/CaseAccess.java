package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ChecklistOwner;
import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who sees which case and works which checklist item. HR and tenant-wide readers see every case; IT support the
 * approved and ended cases (for their items); a manager the cases of their department subtree; everyone their own.
 * An item is worked by HR, or by its owner: IT support, finance, the leaver's manager, the leaver.
 */
@Component
class CaseAccess {

	private final Organization organization;

	CaseAccess(Organization organization) {
		this.organization = organization;
	}

	/** The cases the user may read, as a filter over a tenant's cases. */
	Predicate<OffboardingCase> visibleTo(CurrentUser user) {
		if (user.can(Permission.OFFBOARDING_ADMIN) || user.dataScope() == DataScope.TENANT) {
			return c -> true;
		}
		Predicate<OffboardingCase> own = c -> c.employeeId().equals(user.employeeId());
		if (user.roles().contains(Role.IT_SUPPORT)) {
			own = own.or(c -> c.status() == CaseStatus.APPROVED || c.status() == CaseStatus.LEFT);
		}
		Optional<Set<UUID>> departments = organization.departmentsInScope(user);
		if (departments.isPresent()) {
			Set<UUID> scope = departments.get();
			own = own.or(c -> c.departmentId() != null && scope.contains(c.departmentId()));
		}
		return own;
	}

	OffboardingCase requireVisible(OffboardingCase offboarding, CurrentUser user) {
		if (!visibleTo(user).test(offboarding)) {
			throw new NotFoundException("OffboardingCase", offboarding.id());
		}
		return offboarding;
	}

	boolean isLeaver(OffboardingCase offboarding, CurrentUser user) {
		return Objects.equals(offboarding.employeeId(), user.employeeId());
	}

	/** HR works every item; IT support, finance and managers their owner's items; the leaver the leaver's items. */
	void requireOwner(ChecklistOwner owner, OffboardingCase offboarding, CurrentUser user) {
		boolean allowed = user.can(Permission.OFFBOARDING_ADMIN)
				|| owner == ChecklistOwner.IT && user.roles().contains(Role.IT_SUPPORT)
				|| owner == ChecklistOwner.FINANCE && user.roles().contains(Role.FINANCE)
				|| owner == ChecklistOwner.MANAGER && user.roles().contains(Role.MANAGER)
						&& !isLeaver(offboarding, user)
				|| owner == ChecklistOwner.LEAVER && isLeaver(offboarding, user);
		if (!allowed) {
			throw new BusinessRuleException(403, "offboarding.checklist.notYours", owner.name());
		}
	}

	static boolean isHr(CurrentUser user) {
		return user.can(Permission.OFFBOARDING_ADMIN);
	}
}
