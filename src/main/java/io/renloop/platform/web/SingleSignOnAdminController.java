package io.renloop.platform.web;

import io.renloop.platform.NotFoundException;
import io.renloop.platform.SingleSignOnSettings;
import io.renloop.platform.SingleSignOnSettings.ChatAppChange;
import io.renloop.platform.SingleSignOnSettings.ChatAppView;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.SingleSignOnSettings.LinkView;
import io.renloop.platform.SingleSignOnSettings.MatchClaim;
import io.renloop.platform.SingleSignOnSettings.OidcChange;
import io.renloop.platform.SingleSignOnSettings.OidcView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/sso")
@PreAuthorize("hasAuthority('USER_ADMIN')")
@Tag(name = "Single sign-on", description = "The tenant's OpenID Connect provider, WeCom and DingTalk sign-in, linked "
		+ "identities and whether passwords are switched off; secrets are write-only")
class SingleSignOnAdminController {

	private final SingleSignOnSettings settings;

	SingleSignOnAdminController(SingleSignOnSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/oidc")
	@Operation(summary = "My tenant's OpenID Connect provider", description = "404 when none is set up. The client "
			+ "secret is never returned; secretSet tells that one is stored.")
	OidcView oidc() {
		return settings.oidc().orElseThrow(() -> new NotFoundException("SingleSignOnOidc", "oidc"));
	}

	@PutMapping("/oidc")
	@Operation(summary = "Set up or change my tenant's OpenID Connect provider", description = "The provider must "
			+ "publish <issuer>/.well-known/openid-configuration and return to <this site>/login/oauth2/code/<tenant "
			+ "id>. People are matched by the claim of matchClaim (WORK_EMAIL: claim email, EMPLOYEE_NUMBER: claim "
			+ "employee_number, unless claimName names another); createAccounts (default false) gives a person the "
			+ "provider knows and Renloop does not a new employee login. clientSecret is stored sealed; leave it out "
			+ "to keep the stored one. Audited.")
	OidcView changeOidc(@Valid @RequestBody OidcRequest request) {
		return settings.changeOidc(new OidcChange(request.providerName(), request.issuer(), request.clientId(),
				request.clientSecret(), request.matchClaim(), request.claimName(),
				Boolean.TRUE.equals(request.createAccounts())));
	}

	@GetMapping("/{app:wecom|dingtalk}")
	@Operation(summary = "My tenant's WeCom or DingTalk application for sign-in", description = "404 when none is "
			+ "set up; the secret is never returned.")
	ChatAppView chatApp(@PathVariable String app) {
		return settings.chatApp(provider(app)).orElseThrow(() -> new NotFoundException("SingleSignOnChatApp", app));
	}

	@PutMapping("/{app:wecom|dingtalk}")
	@Operation(summary = "Set up or change my tenant's WeCom or DingTalk application for sign-in", description =
			"WeCom: appId is the corp id, agentId the self-built application's agent id; DingTalk: appId is the app "
					+ "key. The secret is stored sealed; leave it out to keep the stored one. Audited.")
	ChatAppView changeChatApp(@PathVariable String app, @Valid @RequestBody ChatAppRequest request) {
		return settings.changeChatApp(provider(app),
				new ChatAppChange(request.appId(), request.agentId(), request.secret()));
	}

	@GetMapping("/policy")
	@Operation(summary = "Whether passwords are switched off for my tenant's logins other than tenant administrators")
	Policy policy() {
		return new Policy(settings.passwordsOff());
	}

	@PutMapping("/policy")
	@Operation(summary = "Require single sign-on", description = "passwordsOff=true refuses password login and HTTP "
			+ "Basic token issuing for every login of my tenant except tenant administrators, who keep their password "
			+ "so that nobody is locked out when the provider fails. Existing API tokens stay valid. Audited.")
	Policy changePolicy(@Valid @RequestBody Policy request) {
		return new Policy(settings.changePasswordsOff(request.passwordsOff()));
	}

	@GetMapping("/links")
	@Operation(summary = "Outside identities (OIDC subjects, WeCom and DingTalk user ids) linked to my tenant's logins")
	List<LinkView> links() {
		return settings.links();
	}

	@PutMapping("/links")
	@Operation(summary = "Link an outside identity to a login of my tenant", description = "For WeCom and DingTalk "
			+ "users whose e-mail the app does not tell. Replaces an earlier link of that identity; 404 when the login "
			+ "is not one of my tenant. Audited.")
	LinkView link(@Valid @RequestBody LinkRequest request) {
		return settings.link(request.provider(), request.externalId(), request.userId());
	}

	private static IdentityProvider provider(String app) {
		return IdentityProvider.valueOf(app.toUpperCase(Locale.ROOT));
	}

	/** @param createAccounts null counts as false */
	record OidcRequest(@NotBlank @Size(max = 100) String providerName, @NotBlank @Size(max = 500) String issuer,
			@NotBlank @Size(max = 200) String clientId, @Size(max = 500) String clientSecret,
			@NotNull MatchClaim matchClaim, @Size(max = 100) String claimName, Boolean createAccounts) {
	}

	record ChatAppRequest(@NotBlank @Size(max = 200) String appId, @Size(max = 50) String agentId,
			@Size(max = 500) String secret) {
	}

	record Policy(@NotNull Boolean passwordsOff) {
	}

	record LinkRequest(@NotNull IdentityProvider provider, @NotBlank @Size(max = 200) String externalId,
			@NotNull UUID userId) {
	}
}
