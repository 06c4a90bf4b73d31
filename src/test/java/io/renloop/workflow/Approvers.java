package io.renloop.workflow;

import io.renloop.platform.RenloopPrincipal;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs work in the test's own thread as a demo login, so that events it publishes are recorded. */
final class Approvers {

	private final UserDetailsService users;

	Approvers(UserDetailsService users) {
		this.users = users;
	}

	<T> T as(String login, Supplier<T> work) {
		RenloopPrincipal principal = (RenloopPrincipal) users.loadUserByUsername(login);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	void run(String login, Runnable work) {
		as(login, () -> {
			work.run();
			return null;
		});
	}
}
