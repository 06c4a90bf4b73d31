package io.renloop.openplatform;

/**
 * The token endpoint's work (RFC 6749 section 4.4): a client authenticated by its id and secret gets a short-lived
 * opaque bearer token carrying its permissions, or the ones it asks for among them.
 */
public interface OAuthTokens {

	/**
	 * @param scope space-separated permissions, or null for all of the client's
	 * @throws OAuthError when the client is unknown, the secret wrong or a scope not the client's
	 */
	TokenGrant issue(String clientId, String clientSecret, String scope);

	/** The answer of RFC 6749 section 5.1, by its field names. */
	record TokenGrant(String access_token, String token_type, long expires_in, String scope) {
	}

	/**
	 * An error of RFC 6749 section 5.2: {@code error} is the code clients act on, the message key its translated
	 * description.
	 */
	final class OAuthError extends RuntimeException {

		private final int status;

		private final String error;

		private final String messageKey;

		public OAuthError(int status, String error, String messageKey) {
			super(error);
			this.status = status;
			this.error = error;
			this.messageKey = messageKey;
		}

		public int status() {
			return status;
		}

		public String error() {
			return error;
		}

		public String messageKey() {
			return messageKey;
		}
	}
}
