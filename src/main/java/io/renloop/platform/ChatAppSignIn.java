package io.renloop.platform;

import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import java.net.URI;

/**
 * Signs a person in who opens Renloop inside WeCom (web authorization: code → userid) or DingTalk (in-app login,
 * 免登: code → userid), without a password. A refusal is a {@link SignInRefusedException}.
 */
public interface ChatAppSignIn {

	/**
	 * Where the browser goes to get a code: WeCom's authorization page, which returns to {@code callback} with the
	 * code and a signed state that expires.
	 *
	 * @param target the path on this site to open after sign-in; anything else (another site) becomes {@code /me}
	 */
	URI authorizationUrl(IdentityProvider app, String tenantId, String target, URI callback);

	/**
	 * Exchanges the code for the person's user id in the app and finds the login it is linked to (or matched by the
	 * e-mail the app knows, which then links it).
	 *
	 * @param state the signed state of {@link #authorizationUrl}; required for WeCom, optional for DingTalk (whose
	 *     code comes from its in-app JavaScript API, not a redirect)
	 */
	SignedIn signIn(IdentityProvider app, String tenantId, String code, String state);

	/** @param target the path on this site to open now */
	record SignedIn(RenloopPrincipal principal, String target) {
	}
}
