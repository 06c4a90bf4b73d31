package io.renloop.platform.internal.sso;

import io.renloop.platform.ChatAppSignIn;
import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.internal.SignInAccounts;
import io.renloop.platform.internal.SignInAccounts.Account;
import io.renloop.platform.internal.sso.ChatAppIdentities.AppIdentity;
import io.renloop.platform.internal.sso.ChatAppIdentities.ChatAppCredentials;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Signs in people who open Renloop inside WeCom or DingTalk: checks the state, asks the app who the code belongs
 * to, and finds the login linked to that user id (or, the first time, the login with the e-mail the app knows).
 */
@Service
class DefaultChatAppSignIn implements ChatAppSignIn {

	/** What a code looks like: WeCom's and DingTalk's codes are short strings of letters, digits and a few marks. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-.]{1,256}");

	private final ChatAppConfigurations configurations;

	private final List<ChatAppIdentities> apps;

	private final SignInStates states;

	private final LinkedAccounts linked;

	private final SignInAccounts accounts;

	private final ChatAppEndpoints endpoints;

	DefaultChatAppSignIn(ChatAppConfigurations configurations, List<ChatAppIdentities> apps, SignInStates states,
			LinkedAccounts linked, SignInAccounts accounts, ChatAppEndpoints endpoints) {
		this.configurations = configurations;
		this.apps = apps;
		this.states = states;
		this.linked = linked;
		this.accounts = accounts;
		this.endpoints = endpoints;
	}

	@Override
	public URI authorizationUrl(IdentityProvider app, String tenantId, String target, URI callback) {
		ChatAppCredentials credentials = credentials(app, tenantId);
		if (app != IdentityProvider.WECOM) {
			throw new SignInRefusedException(404, "sso.error.unknownTenant", app + " has no authorization page");
		}
		String agent = credentials.agentId() == null ? "" : "&agentid=" + ChatAppAdapter.encoded(credentials.agentId());
		return URI.create(endpoints.wecomAuthorize() + "?appid=" + ChatAppAdapter.encoded(credentials.appId())
				+ "&redirect_uri=" + ChatAppAdapter.encoded(callback.toString())
				+ "&response_type=code&scope=snsapi_base" + agent + "&state="
				+ states.seal(tenantId, app, target) + "#wechat_redirect");
	}

	@Override
	public SignedIn signIn(IdentityProvider app, String tenantId, String code, String state) {
		ChatAppCredentials credentials = credentials(app, tenantId);
		String target = SignInStates.HOME;
		if (state != null && !state.isBlank()) {
			target = states.open(state, tenantId, app);
		}
		else if (app == IdentityProvider.WECOM) {
			throw new SignInRefusedException(400, "sso.error.state", "WeCom callback without a state");
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw new SignInRefusedException(400, "sso.error.malformed", app + " callback without a usable code");
		}
		AppIdentity identity = identify(app, credentials, code);
		Account account = linked.signInAccount(tenantId, app, identity.userId(),
				() -> Optional.ofNullable(identity.email()).flatMap(email -> accounts.byEmail(tenantId, email)),
				Optional::empty);
		return new SignedIn(accounts.principalOf(tenantId, account.id()), target);
	}

	private AppIdentity identify(IdentityProvider app, ChatAppCredentials credentials, String code) {
		ChatAppIdentities identities = apps.stream().filter(a -> a.app() == app).findFirst().orElseThrow();
		try {
			return identities.identify(credentials, code);
		}
		catch (ChatAppException ex) {
			throw switch (ex.kind()) {
				case CODE_REFUSED -> new SignInRefusedException(400, "sso.error.codeRefused", ex.getMessage());
				case APP_REFUSED -> new SignInRefusedException(400, "sso.error.providerRefused", ex.getMessage());
				case UNREACHABLE -> new SignInRefusedException(502, "sso.error.providerFailed", ex.getMessage());
			};
		}
	}

	private ChatAppCredentials credentials(IdentityProvider app, String tenantId) {
		return configurations.of(tenantId, app)
			.orElseThrow(() -> new SignInRefusedException(404, "sso.error.unknownTenant",
					"tenant " + tenantId + " has no " + app + " application"));
	}
}
