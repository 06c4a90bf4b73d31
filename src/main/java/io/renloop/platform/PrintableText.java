package io.renloop.platform;

/**
 * Text people type: any character but the control characters, of which only tab, line feed and carriage return
 * belong in text. NUL in particular cannot be stored by PostgreSQL; input with control characters is refused as a
 * field error (message key {@value #PROBLEM}) before the database sees it.
 */
public final class PrintableText {

	/** The message key of the field error for text with control characters. */
	public static final String PROBLEM = "validation.controlCharacter";

	private PrintableText() {
	}

	/** Whether the text holds a control character other than tab, line feed and carriage return; false for null. */
	public static boolean hasControlCharacter(String value) {
		if (value == null) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}
}
