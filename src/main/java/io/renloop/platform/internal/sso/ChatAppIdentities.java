package io.renloop.platform.internal.sso;

import io.renloop.platform.SingleSignOnSettings.IdentityProvider;

/**
 * The port to a chat app's sign-in: turns the code the app gave the person's browser into the person's user id
 * in the app, and the e-mail the app knows for them, if it tells.
 */
interface ChatAppIdentities {

	IdentityProvider app();

	/** @throws ChatAppException when the app refuses the code or fails */
	AppIdentity identify(ChatAppCredentials credentials, String code);

	/** @param email null when the app does not tell */
	record AppIdentity(String userId, String email) {
	}

	/**
	 * @param appId WeCom: the corp id; DingTalk: the app key
	 * @param secret the application's secret, unsealed
	 */
	record ChatAppCredentials(String tenantId, String appId, String agentId, String secret) {

		@Override
		public String toString() {
			return "ChatAppCredentials[" + tenantId + ", " + appId + "]";
		}
	}
}
