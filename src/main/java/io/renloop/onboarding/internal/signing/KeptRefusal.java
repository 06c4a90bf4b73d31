package io.renloop.onboarding.internal.signing;

import io.renloop.platform.BusinessRuleException;

/**
 * A refusal that keeps what the request changed (a counted wrong code, an expiry): the signing flows commit their
 * transaction and throw it afterwards.
 */
public class KeptRefusal extends BusinessRuleException {

	public KeptRefusal(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
