package io.renloop.platform;

import java.util.UUID;

/**
 * Closes the logins of a person who left, at once and on every app node, and opens them again when the person is
 * rehired: the login is disabled (its security
 * stamp changes, so a page session that survives anywhere is refused on its next request), every page session in
 * the shared session store is deleted and every personal access token is revoked.
 */
public interface LoginClosure {

	/**
	 * Closes every login of the current tenant linked to the employee record; audited per login.
	 *
	 * @return how many logins were closed (zero when the employee had none or they were closed already)
	 */
	int closeLoginsOfEmployee(UUID employeeId);

	/**
	 * Opens again the logins of the current tenant linked to a former employee who was rehired: each disabled login
	 * is enabled with the roles and scope it had; tokens revoked at the closure stay revoked and no session comes
	 * back (the person signs in again). Audited per login.
	 *
	 * @return how many logins were opened (zero when none was closed, e.g. a repeated call)
	 */
	int reopenLoginsOfEmployee(UUID employeeId);
}
