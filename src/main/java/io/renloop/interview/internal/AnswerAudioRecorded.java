package io.renloop.interview.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A recording was stored and waits for its transcript; handled after the upload commits.
 * @param recordedAt identifies the recording, so a transcript of one that was replaced meanwhile is dropped
 */
record AnswerAudioRecorded(String tenantId, UUID audioId, Instant recordedAt, String language) {
}
