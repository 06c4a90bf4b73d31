package io.renloop.platform;

import java.util.UUID;

/**
 * Tells platform whether a record a login links to belongs to a tenant. A login links to its department and to
 * its own employee record, which live in modules that depend on platform; each of them implements this port for
 * its records, so that no login is ever linked to another tenant's record.
 */
public interface UserLinkTargets {

	/** The link this implementation checks. */
	Link link();

	/** Whether the record with this id exists in the tenant. */
	boolean existsInTenant(String tenantId, UUID id);

	/** What a login may link to, with the name of the request field that carries the id. */
	enum Link {

		DEPARTMENT("departmentId"), EMPLOYEE("employeeId");

		private final String field;

		Link(String field) {
			this.field = field;
		}

		public String field() {
			return field;
		}
	}
}
