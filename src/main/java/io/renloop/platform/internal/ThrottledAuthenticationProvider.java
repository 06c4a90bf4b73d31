package io.renloop.platform.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (form login and HTTP Basic) unless their source address must wait after too many wrong ones for
 * the same login ({@link LoginThrottle}); then the attempt fails like a wrong password, without a check.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.isDelayed(authentication.getName(), sourceOf(authentication))) {
			throw new LoginDelayedException();
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/** The client's address as the servlet container sees it (behind a proxy: with forwarded headers honoured). */
	static String sourceOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}
}
