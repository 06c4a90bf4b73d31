package io.renloop.platform.internal;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A password that was not even checked because its source must still wait; answered exactly like a wrong
 * password, so that nobody learns whether a login is being guessed at.
 */
class LoginDelayedException extends BadCredentialsException {

	LoginDelayedException() {
		super("Bad credentials");
	}
}
