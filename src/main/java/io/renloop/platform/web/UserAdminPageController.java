package io.renloop.platform.web;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.SingleSignOnSettings;
import io.renloop.platform.SingleSignOnSettings.ChatAppChange;
import io.renloop.platform.SingleSignOnSettings.ChatAppView;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.SingleSignOnSettings.MatchClaim;
import io.renloop.platform.SingleSignOnSettings.OidcChange;
import io.renloop.platform.TenantAdministration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The tenant's logins with their roles, scopes and lockouts, and the tenant's single sign-on. */
@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminPageController {

	private final TenantAdministration administration;

	private final SingleSignOnSettings singleSignOn;

	UserAdminPageController(TenantAdministration administration, SingleSignOnSettings singleSignOn) {
		this.administration = administration;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("users", administration.users());
		model.addAttribute("oidc", singleSignOn.oidc().orElse(null));
		model.addAttribute("chatApps", List.of(IdentityProvider.WECOM, IdentityProvider.DINGTALK)
			.stream()
			.map(app -> new ChatAppSection(app.path(), app.name(), singleSignOn.chatApp(app).orElse(null)))
			.toList());
		model.addAttribute("passwordsOff", singleSignOn.passwordsOff());
		model.addAttribute("matchClaims", MatchClaim.values());
		model.addAttribute("tenantId", CurrentUser.require().tenantId());
		model.addAttribute("siteUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "platform/users";
	}

	@PostMapping("/admin/users/sso/oidc")
	String changeOidc(@RequestParam String providerName, @RequestParam String issuer, @RequestParam String clientId,
			@RequestParam(required = false) String clientSecret, @RequestParam MatchClaim matchClaim,
			@RequestParam(required = false) String claimName, @RequestParam(defaultValue = "false") boolean createAccounts) {
		singleSignOn.changeOidc(new OidcChange(providerName, issuer, clientId, clientSecret, matchClaim, claimName,
				createAccounts));
		return "redirect:/admin/users#sso";
	}

	@PostMapping("/admin/users/sso/{app:wecom|dingtalk}")
	String changeChatApp(@PathVariable String app, @RequestParam String appId,
			@RequestParam(required = false) String agentId, @RequestParam(required = false) String secret) {
		singleSignOn.changeChatApp(IdentityProvider.valueOf(app.toUpperCase(Locale.ROOT)),
				new ChatAppChange(appId, agentId, secret));
		return "redirect:/admin/users#sso";
	}

	@PostMapping("/admin/users/sso/policy")
	String changePolicy(@RequestParam(defaultValue = "false") boolean passwordsOff) {
		singleSignOn.changePasswordsOff(passwordsOff);
		return "redirect:/admin/users#sso";
	}

	/**
	 * @param path the app in paths: wecom, dingtalk
	 * @param settings null when the app is not set up
	 */
	record ChatAppSection(String path, String name, ChatAppView settings) {
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id) {
		administration.unlock(id);
		return "redirect:/admin/users";
	}
}
