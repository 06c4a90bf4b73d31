package io.renloop.interview.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerAudioRepository extends JpaRepository<AnswerAudio, UUID> {

	Optional<AnswerAudio> findBySessionIdAndQuestionId(UUID sessionId, UUID questionId);

	/** The recordings of a session without their audio, which can be megabytes each. */
	List<Listed> findListedBySessionId(UUID sessionId);

	long deleteByCandidateId(UUID candidateId);

	/** A recording as listed for HR: everything but the audio. */
	interface Listed {

		UUID getQuestionId();

		String getContentType();

		int getSizeBytes();

		Integer getDurationSeconds();

		Instant getRecordedAt();

		String getTranscriptStatus();

		byte[] getSealedTranscript();

		String getTranscriptFailure();
	}
}
