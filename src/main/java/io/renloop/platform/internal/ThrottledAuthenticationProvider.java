package io.renloop.platform.internal;

import io.renloop.platform.RenloopPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (form login and HTTP Basic) unless their source address must wait after too many wrong ones for
 * the same login ({@link LoginThrottle}); then the attempt fails like a wrong password, without a check. A right
 * password is still refused when the login's tenant requires single sign-on ({@link PasswordSignInPolicy}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final PasswordSignInPolicy policy;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
			PasswordSignInPolicy policy) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.policy = policy;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.isDelayed(authentication.getName(), sourceOf(authentication))) {
			throw new LoginDelayedException();
		}
		Authentication authenticated = passwords.authenticate(authentication);
		if (authenticated != null && authenticated.getPrincipal() instanceof RenloopPrincipal principal) {
			policy.check(principal);
		}
		return authenticated;
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
