package io.renloop.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * The recording of one answer as HR sees it: next to the typed answer, with the machine transcript when there is
 * one. Neither the audio nor the transcript is scored.
 *
 * @param typedAnswer the answer the candidate typed, which alone is scored
 * @param transcriptStatus NONE (no speech-to-text service configured), PENDING, DONE or FAILED
 * @param transcript the machine transcript when DONE, else null
 * @param transcriptFailure why the transcription failed, when FAILED
 */
public record RecordingView(UUID questionId, int position, String questionText, String typedAnswer,
		String contentType, int sizeBytes, Integer durationSeconds, Instant recordedAt, String transcriptStatus,
		String transcript, String transcriptFailure) {
}
