package io.renloop.recruitment.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.CandidatePrivacy;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultCandidatePrivacy implements CandidatePrivacy {

	/** What an export reveals, as written to the audit log. */
	static final String EXPORTED_FIELDS = "name,phone,email,profile,resumeText,applications,history";

	private final Applications applications;

	private final CandidateRepository candidates;

	private final CandidateErasure erasure;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultCandidatePrivacy(Applications applications, CandidateRepository candidates, CandidateErasure erasure,
			PersonalDataCipher cipher, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.candidates = candidates;
		this.erasure = erasure;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CandidateExport export(UUID candidateId) {
		Candidate candidate = candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		audit.recordSensitiveRead("Candidate", candidateId, EXPORTED_FIELDS);
		return new CandidateExport(applications.candidate(candidateId), cipher.decrypt(candidate.sealedResumeText()),
				candidate.erasedAt(), clock.instant());
	}

	@Override
	@Transactional
	public void erase(UUID candidateId) {
		erasure.erase(candidateId, CandidateErasure.Cause.REQUEST);
	}
}
