package io.renloop.platform.internal;

import io.renloop.platform.RenloopPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session as soon as its login changed since sign-in: new roles, data scope or links, a new password,
 * or disabled. The session keeps the principal it signed in with, so its rights would otherwise outlive the change;
 * the login's security stamp in the database is the truth on every app node, and reading it is one primary-key
 * lookup per request. The request then goes on unauthenticated: a page answers with the way to the login page.
 */
class StaleSessionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StaleSessionFilter.class);

	private final UserAccounts users;

	StaleSessionFilter(UserAccounts users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null
				&& authentication.getPrincipal() instanceof RenloopPrincipal principal && isStale(principal)) {
			log.info("Ended a page session of user {}: the login changed since sign-in",
					principal.currentUser().userId());
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	private boolean isStale(RenloopPrincipal principal) {
		Optional<Long> current = users.securityStampOfEnabled(principal.currentUser().userId());
		return current.isEmpty() || current.get() != principal.securityStamp();
	}
}
