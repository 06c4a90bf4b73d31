package io.renloop.interview;

/**
 * A port to a speech-to-text service that turns an answer's audio recording into a transcript for the people who
 * review the interview. A transcript is never scored: scores are computed from the typed answer only.
 * Implementations call an outside service; they are present only when one is configured
 * ({@code renloop.speech-to-text.base-url}).
 */
public interface SpeechToText {

	/**
	 * @param audio the recording as uploaded
	 * @param contentType its audio type, e.g. {@code audio/webm}
	 * @param language {@code zh} or {@code en}: the language of the question
	 * @return the text spoken
	 * @throws SpeechToTextException when the service fails, times out or answers with something unreadable
	 */
	String transcribe(byte[] audio, String contentType, String language);
}
