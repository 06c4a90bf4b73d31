package io.renloop.interview;

/** The speech-to-text service did not deliver a transcript; the message says why, for HR to read. */
public class SpeechToTextException extends RuntimeException {

	public SpeechToTextException(String message) {
		super(message);
	}

	public SpeechToTextException(String message, Throwable cause) {
		super(message, cause);
	}
}
