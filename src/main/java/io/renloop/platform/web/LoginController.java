package io.renloop.platform.web;

import io.renloop.platform.SignInOptions;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. E-mails are unique across tenants, so a password login needs no tenant; single sign-on does:
 * {@code /login?tenant=<id>} (the link a tenant's IT hands out) shows the tenant's "Sign in with …" buttons.
 */
@Controller
class LoginController {

	/** The refusals of single sign-on that the page names; anything else reads as a general failure. */
	private static final Set<String> SSO_REASONS = Set.of("unknownUser", "disabledUser", "unknownTenant", "failed");

	private final SignInOptions options;

	LoginController(SignInOptions options) {
		this.options = options;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String tenant, @RequestParam(required = false) String sso,
			Model model) {
		options.of(tenant).ifPresent(o -> model.addAttribute("signInOptions", o));
		if (sso != null) {
			model.addAttribute("ssoError", "sso.error." + (SSO_REASONS.contains(sso) ? sso : "failed"));
		}
		return "login";
	}
}
