package io.renloop.recruitment;

import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's rights over their data in the current tenant: a copy of everything held about them, and
 * erasure. Unknown ids, and ids of other tenants, raise {@code NotFoundException}.
 */
public interface CandidatePrivacy {

	/** Everything held about the candidate, the resume text included; audited as a sensitive read. */
	CandidateExport export(UUID candidateId);

	/**
	 * Erases the candidate's personal data now; their applications and stage history stay, anonymous, so that
	 * channel statistics remain true. Audited; publishes {@link CandidateErased}.
	 * @throws io.renloop.platform.BusinessRuleException (409) when the candidate was erased already
	 */
	void erase(UUID candidateId);

	/**
	 * @param candidate the candidate with profile, applications and stage history
	 * @param resumeText the stored resume text (protected attributes were redacted on arrival), or null
	 * @param erasedAt when the personal data was erased, or null
	 * @param exportedAt when this copy was made
	 */
	record CandidateExport(CandidateDetails candidate, String resumeText, Instant erasedAt, Instant exportedAt) {
	}
}
