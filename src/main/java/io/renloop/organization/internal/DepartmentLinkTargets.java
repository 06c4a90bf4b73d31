package io.renloop.organization.internal;

import io.renloop.platform.UserLinkTargets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells platform whether a login's department belongs to the login's tenant. */
@Component
class DepartmentLinkTargets implements UserLinkTargets {

	private final Departments departments;

	DepartmentLinkTargets(Departments departments) {
		this.departments = departments;
	}

	@Override
	public Link link() {
		return Link.DEPARTMENT;
	}

	@Override
	public boolean existsInTenant(String tenantId, UUID id) {
		return departments.existsInTenant(id, tenantId);
	}
}
