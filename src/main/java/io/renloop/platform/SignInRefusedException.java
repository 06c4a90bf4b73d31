package io.renloop.platform;

/**
 * A single sign-on that cannot go on: an unknown tenant, a forged or expired state, a provider that refused or
 * failed, a person without a login. Carries the status and the translation key of the page the person sees; the
 * log gets {@link #getMessage()}, which never holds secrets.
 */
public class SignInRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String messageKey;

	public SignInRefusedException(int status, String messageKey, String logMessage) {
		super(logMessage);
		this.status = status;
		this.messageKey = messageKey;
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}
}
