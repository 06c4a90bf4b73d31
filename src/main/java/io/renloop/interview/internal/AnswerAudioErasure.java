package io.renloop.interview.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.recruitment.CandidateErased;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Deletes a candidate's recordings and transcripts when their data is erased, on request or because their
 * retention ended. Durable: the erasure is delivered again after a crash, and a second delivery deletes nothing.
 */
@Component
class AnswerAudioErasure {

	private final AnswerAudioRepository recordings;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	AnswerAudioErasure(AnswerAudioRepository recordings, AuditTrail audit, TenantTransactions inTenant) {
		this.recordings = recordings;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CandidateErased erased) {
		inTenant.run(erased.tenantId(), () -> {
			long deleted = recordings.deleteByCandidateId(erased.candidateId());
			if (deleted > 0) {
				audit.recordChange("ERASE", DefaultAnswerRecordings.ENTITY, erased.candidateId(), null,
						Map.of("recordingsDeleted", deleted));
			}
		});
	}
}
