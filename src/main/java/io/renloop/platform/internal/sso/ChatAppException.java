package io.renloop.platform.internal.sso;

/**
 * WeCom or DingTalk did not give a user id. The message is for the log and never holds a secret or an access token.
 */
class ChatAppException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why no user id came. */
	enum Kind {
		/** The app refused the person's code: expired, used, forged, or not a member's. */
		CODE_REFUSED,
		/** The app refused the application: wrong corp id, app key or secret, missing rights. */
		APP_REFUSED,
		/** The app failed or could not be reached. */
		UNREACHABLE
	}

	private final Kind kind;

	ChatAppException(String message, Kind kind) {
		super(message);
		this.kind = kind;
	}

	Kind kind() {
		return kind;
	}
}
