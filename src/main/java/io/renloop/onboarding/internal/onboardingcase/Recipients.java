package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.employee.Employees;
import io.renloop.onboarding.ChecklistOwner;
import io.renloop.organization.Organization;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.UserView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Whom to remind of a case's work: the tenant's HR administrators, its IT support, and the manager of the case's
 * department (its head's e-mail, else the department's manager logins).
 */
@Component
class Recipients {

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	Recipients(TenantAdministration administration, Organization organization, Employees employees) {
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
	}

	List<String> of(ChecklistOwner owner, UUID departmentId) {
		return switch (owner) {
			case HR -> withRole(Role.HR_ADMIN);
			case IT -> withRole(Role.IT_SUPPORT);
			case MANAGER -> manager(departmentId);
		};
	}

	private List<String> withRole(Role role) {
		return administration.users().stream().filter(u -> u.roles().contains(role)).map(UserView::email).toList();
	}

	private List<String> manager(UUID departmentId) {
		Optional<String> head = Optional.ofNullable(organization.department(departmentId).managerId())
			.map(id -> employees.get(id).email())
			.filter(email -> !email.isBlank());
		Stream<String> logins = administration.users().stream()
			.filter(u -> u.roles().contains(Role.MANAGER) && departmentId.equals(u.departmentId()))
			.map(UserView::email);
		return Stream.concat(head.stream(), logins).distinct().toList();
	}
}
