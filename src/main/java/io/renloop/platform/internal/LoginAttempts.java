package io.renloop.platform.internal;

import static io.renloop.platform.internal.ThrottledAuthenticationProvider.sourceOf;

import io.renloop.platform.RenloopPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the outcome of every password check, form login and HTTP Basic alike, into the {@link LoginThrottle} of
 * the login and the source address.
 */
@Component
class LoginAttempts {

	private final LoginThrottle throttle;

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getException() instanceof LoginDelayedException) {
			return; // refused unchecked while the source waits: no new guess, so the wait does not grow
		}
		throttle.failed(String.valueOf(event.getAuthentication().getName()), sourceOf(event.getAuthentication()));
	}

	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof RenloopPrincipal principal) {
			throttle.succeeded(principal.currentUser().userId(), sourceOf(event.getAuthentication()));
		}
	}
}
