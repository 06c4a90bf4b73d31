package io.renloop.platform.internal;

import io.renloop.platform.PageSessions;
import io.renloop.platform.RenloopPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the signed-in principal in the HTTP session, which Spring Session stores in {@code platform.spring_session}:
 * the repository and attribute that the page filter chain reads for password logins too. The session id changes
 * at sign-in (no session fixation) and the CSRF token of the anonymous session is dropped.
 */
@Component
class DefaultPageSessions implements PageSessions {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	@Override
	public void signIn(RenloopPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		else {
			request.getSession(true);
		}
		csrfTokens.saveToken(null, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
