package io.renloop.integration.internal;

/**
 * An upload that is not a readable spreadsheet: empty, not Excel, text in an unknown encoding, broken CSV or too
 * large.
 */
class UnreadableFileException extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	UnreadableFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
