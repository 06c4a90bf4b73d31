package io.renloop.platform;

/**
 * An upload that is not a readable spreadsheet: empty, not Excel, text in an unknown encoding, broken CSV or too
 * large.
 */
public class UnreadableFileException extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	public UnreadableFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
