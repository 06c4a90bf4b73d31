package io.renloop.platform;

/**
 * A request that breaks a business rule (a duplicate number, an exceeded headcount plan...). The message
 * key is resolved in the user's language; the status is 409 unless stated otherwise.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private final int status;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(409, messageKey, arguments);
	}

	public BusinessRuleException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public int status() {
		return status;
	}
}
