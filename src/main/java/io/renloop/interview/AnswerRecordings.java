package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * Optional audio recordings of answers, kept for human review only: they are never scored and never analysed for
 * emotion, face, voice or any personal trait. A recording is sealed with the personal-data key, may get a machine
 * transcript from {@link SpeechToText} in the background, and is deleted with the candidate's data.
 */
public interface AnswerRecordings {

	/** The largest recording accepted, in bytes. */
	int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * Stores (or replaces) the recording of an answer, reached with the candidate's link token.
	 * @throws io.renloop.platform.BusinessRuleException 409 before consent, after submission or after the
	 * question's time limit; 413 over {@link #MAX_BYTES} or longer than the question's time limit; 415 for content
	 * that is not audio
	 * @throws io.renloop.platform.InvalidFieldsException for an empty file or a question not in the interview
	 */
	Recorded upload(String token, UUID questionId, AudioUpload upload);

	/** The audio of an answer for HR to play; audited as a sensitive read. 404 when there is none. */
	AudioContent audio(UUID sessionId, UUID questionId);

	/** The recordings of an interview with their transcripts, in question order; audited as a sensitive read. */
	List<RecordingView> ofSession(UUID sessionId);

	/**
	 * @param content the bytes as recorded
	 * @param declaredType the content type the browser declared, e.g. {@code audio/webm;codecs=opus}
	 * @param durationSeconds the length the recorder reported, or null
	 */
	record AudioUpload(byte[] content, String declaredType, Integer durationSeconds) {
	}

	/** What the candidate is told after an upload. */
	record Recorded(UUID questionId, String contentType, int sizeBytes, Integer durationSeconds,
			java.time.Instant recordedAt) {
	}

	/** @param contentType the audio type to play it with */
	record AudioContent(String contentType, byte[] content) {
	}
}
