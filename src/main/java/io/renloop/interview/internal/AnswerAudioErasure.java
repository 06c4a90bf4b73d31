package io.renloop.interview.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.recruitment.CandidateErased;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a candidate's recordings and transcripts when their data is erased, on request or because their
 * retention ended, in the same transaction as the erasure.
 */
@Component
class AnswerAudioErasure {

	private final AnswerAudioRepository recordings;

	private final AuditTrail audit;

	AnswerAudioErasure(AnswerAudioRepository recordings, AuditTrail audit) {
		this.recordings = recordings;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void on(CandidateErased erased) {
		long deleted = recordings.deleteByCandidateId(erased.candidateId());
		if (deleted > 0) {
			audit.recordChange("ERASE", DefaultAnswerRecordings.ENTITY, erased.candidateId(), null,
					Map.of("recordingsDeleted", deleted));
		}
	}
}
