package io.renloop.platform.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the login's tenant requires single sign-on for everyone but its tenant
 * administrators. Said only after a right password, so it tells a stranger nothing.
 */
class PasswordsOffException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	PasswordsOffException() {
		super("The tenant signs in with single sign-on; passwords are switched off for this login");
	}
}
