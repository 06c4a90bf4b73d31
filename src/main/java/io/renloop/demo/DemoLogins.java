package io.renloop.demo;

import io.renloop.platform.RenloopPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs demo seeding as one of the demo's people, so that what they do is theirs: their name, their data scope. */
final class DemoLogins {

	private DemoLogins() {
	}

	static void runAs(UserDetailsService users, String login, Runnable work) {
		RenloopPrincipal principal = (RenloopPrincipal) users.loadUserByUsername(login);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
