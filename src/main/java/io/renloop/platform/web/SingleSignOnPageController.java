package io.renloop.platform.web;

import io.renloop.platform.ChatAppSignIn;
import io.renloop.platform.ChatAppSignIn.SignedIn;
import io.renloop.platform.PageSessions;
import io.renloop.platform.SignInOptions;
import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Single sign-on: public by design (the person is not signed in yet). OpenID Connect starts here and goes on in
 * Spring Security's filters. Inside WeCom and DingTalk: WeCom's start
 * sends the browser to WeCom's authorization page with a sealed state; WeCom returns to the callback with a code.
 * DingTalk: the micro-app's page gets a code from DingTalk's JavaScript API and opens the callback. Either ends in
 * the same page session as a password login, on the state's page or {@code /me}. A refusal is a readable page with
 * a 4xx status (502 when the app cannot be reached) in the person's language, never a 500.
 */
@Controller
class SingleSignOnPageController {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnPageController.class);

	private final ChatAppSignIn signIn;

	private final PageSessions sessions;

	private final SignInOptions options;

	SingleSignOnPageController(ChatAppSignIn signIn, PageSessions sessions, SignInOptions options) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.options = options;
	}

	/** The login page's "Sign in with …": on to Spring Security's start of the tenant's OpenID Connect sign-in. */
	@GetMapping("/sso/oidc/{tenant}")
	String startOidc(@PathVariable String tenant) {
		options.of(tenant)
			.filter(o -> o.oidcProviderName() != null)
			.orElseThrow(() -> new SignInRefusedException(404, "sso.error.unknownTenant",
					"tenant " + tenant + " has no OpenID Connect provider"));
		return "redirect:/oauth2/authorization/" + tenant;
	}

	@GetMapping("/sso/{app:wecom}/{tenant}")
	String start(@PathVariable String app, @PathVariable String tenant,
			@RequestParam(required = false) String target) {
		URI callback = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/sso/{app}/{tenant}/callback")
			.buildAndExpand(app, tenant)
			.toUri();
		return "redirect:" + signIn.authorizationUrl(provider(app), tenant, target, callback);
	}

	@GetMapping("/sso/{app:wecom|dingtalk}/{tenant}/callback")
	String callback(@PathVariable String app, @PathVariable String tenant, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, HttpServletRequest request, HttpServletResponse response) {
		SignedIn signedIn = signIn.signIn(provider(app), tenant, code, state);
		sessions.signIn(signedIn.principal(), request, response);
		log.info("User {} of tenant {} signed in through {}", signedIn.principal().currentUser().userId(), tenant, app);
		return "redirect:" + signedIn.target();
	}

	@ExceptionHandler(SignInRefusedException.class)
	ModelAndView refused(SignInRefusedException ex, HttpServletRequest request) {
		// the path names the tenant; the log gets the reason without codes, states or secrets
		log.warn("Single sign-on refused at {}: {}", request.getRequestURI(), ex.getMessage());
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String tenant = path == null ? "" : path.getOrDefault("tenant", "");
		return new ModelAndView("platform/sso-refused", Map.of("messageKey", ex.messageKey(), "tenant", tenant),
				HttpStatus.valueOf(ex.status()));
	}

	private static IdentityProvider provider(String app) {
		return IdentityProvider.valueOf(app.toUpperCase(java.util.Locale.ROOT));
	}
}
