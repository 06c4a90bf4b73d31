package io.renloop.platform.internal.sso;

import io.renloop.platform.PageSessions;
import io.renloop.platform.internal.SignInAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the tenant's OpenID Connect provider answered. Success: the page session holds the Renloop
 * principal of the linked login, exactly as after a password login (so roles, data scopes and the stale-session
 * check work unchanged), then the page asked for before, or the home page. Failure: the login page with a message
 * saying why (no login linked, login disabled, or the provider's answer refused: wrong issuer, bad signature…).
 */
@Component
class OidcSignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(OidcSignInOutcomes.class);

	private final SignInAccounts accounts;

	private final PageSessions sessions;

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	OidcSignInOutcomes(SignInAccounts accounts, PageSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		if (!(authentication.getPrincipal() instanceof LinkedOidcUser user)) {
			onAuthenticationFailure(request, response, new OAuth2AuthenticationException("sso.error.failed"));
			return;
		}
		var principal = accounts.principalOf(user.tenantId(), user.userId());
		sessions.signIn(principal, request, response);
		log.info("User {} of tenant {} signed in through OpenID Connect", user.userId(), user.tenantId());
		next.onAuthenticationSuccess(request, response,
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		// the page shows the reasons it knows (sso.error.<reason>) and a general failure for anything else
		String reason = code.startsWith("sso.error.") ? code.substring("sso.error.".length()) : "failed";
		log.warn("OpenID Connect sign-in refused ({}): {}", reason, exception.getMessage());
		response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
	}
}
