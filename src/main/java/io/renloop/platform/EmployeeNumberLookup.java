package io.renloop.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds an employee record by its employee number, so that single sign-on can match a person by the number their
 * company's identity provider knows. The employee module, which depends on platform, implements this port.
 */
public interface EmployeeNumberLookup {

	/** The id of the tenant's employee with this number. */
	Optional<UUID> employeeWithNumber(String tenantId, String employeeNumber);
}
