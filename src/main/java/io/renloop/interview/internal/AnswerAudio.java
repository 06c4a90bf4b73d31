package io.renloop.interview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The audio recording of one answer, sealed, with its machine transcript. Kept for human review only: nothing in
 * the scoring reads it. A new recording of the same answer replaces the old one and its transcript.
 */
@Entity
@Table(schema = "interview", name = "answer_audio")
class AnswerAudio {

	static final String NONE = "NONE";

	static final String PENDING = "PENDING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	/** The longest failure reason kept. */
	static final int MAX_FAILURE = 500;

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID sessionId;

	private UUID questionId;

	private UUID candidateId;

	private String contentType;

	private int sizeBytes;

	private Integer durationSeconds;

	@Column(name = "sealed_audio")
	private byte[] sealedAudio;

	private Instant recordedAt;

	private String transcriptStatus;

	@Column(name = "sealed_transcript")
	private byte[] sealedTranscript;

	private String transcriptFailure;

	private Instant transcribedAt;

	@Version
	private Long version;

	protected AnswerAudio() {
	}

	AnswerAudio(UUID sessionId, UUID questionId, UUID candidateId) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.questionId = questionId;
		this.candidateId = candidateId;
	}

	/**
	 * Replaces the recording; its transcript is dropped and, when a service is configured, requested again. The time
	 * is kept to the microsecond, as the database keeps it, since it identifies the recording.
	 */
	void record(String contentType, int sizeBytes, Integer durationSeconds, byte[] sealedAudio, boolean transcribe,
			Instant now) {
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.durationSeconds = durationSeconds;
		this.sealedAudio = sealedAudio;
		this.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.transcriptStatus = transcribe ? PENDING : NONE;
		this.sealedTranscript = null;
		this.transcriptFailure = null;
		this.transcribedAt = null;
	}

	/** Stores the transcript of the recording made at {@code recordedAt}; a transcript of a replaced one is dropped. */
	boolean transcribed(Instant ofRecording, byte[] sealedTranscript, Instant now) {
		if (!ofRecording.equals(recordedAt)) {
			return false;
		}
		this.sealedTranscript = sealedTranscript;
		this.transcriptStatus = DONE;
		this.transcribedAt = now;
		return true;
	}

	boolean transcriptionFailed(Instant ofRecording, String reason, Instant now) {
		if (!ofRecording.equals(recordedAt)) {
			return false;
		}
		this.transcriptStatus = FAILED;
		this.transcriptFailure = reason == null || reason.length() <= MAX_FAILURE ? reason
				: reason.substring(0, MAX_FAILURE);
		this.transcribedAt = now;
		return true;
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
	}

	UUID sessionId() {
		return sessionId;
	}

	UUID questionId() {
		return questionId;
	}

	String contentType() {
		return contentType;
	}

	int sizeBytes() {
		return sizeBytes;
	}

	Integer durationSeconds() {
		return durationSeconds;
	}

	byte[] sealedAudio() {
		return sealedAudio;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String transcriptStatus() {
		return transcriptStatus;
	}

	byte[] sealedTranscript() {
		return sealedTranscript;
	}

	String transcriptFailure() {
		return transcriptFailure;
	}
}
