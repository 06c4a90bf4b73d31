package io.renloop.recruitment.internal;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What matching and the talent pool see of a candidate: the parsed resume and its redacted text, unsealed here and
 * nowhere else.
 */
@Component
class CandidateProfiles {

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	CandidateProfiles(PersonalDataCipher cipher, JsonMapper json) {
		this.cipher = cipher;
		this.json = json;
	}

	/** The parsed resume, or null when the candidate sent none. */
	ParsedResume resume(Candidate candidate) {
		return candidate.profile() == null ? null : json.readValue(candidate.profile(), ParsedResume.class);
	}

	/** The candidate as matching scores them. */
	CandidateProfile forMatching(Candidate candidate) {
		String text = resumeText(candidate);
		ParsedResume resume = resume(candidate);
		if (resume == null) {
			return new CandidateProfile(List.of(), List.of(), List.of(), List.of(), null, text);
		}
		return CandidateProfile.of(resume, text);
	}

	/**
	 * The candidate as the talent pool indexes them: the redacted resume text (the same text matching embeds, so
	 * the block vectors are computed once) with the titles and skills parsed from it, or the skills, certificates
	 * and titles when there is no text; searchable until the end of their retention day.
	 */
	TalentProfile forTalentPool(String tenantId, Candidate candidate) {
		return TalentProfile.of(tenantId, candidate.id().toString(), resumeText(candidate), resume(candidate),
				candidate.consentGivenAt() != null,
				candidate.retainUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private String resumeText(Candidate candidate) {
		return candidate.sealedResumeText() == null ? "" : cipher.decrypt(candidate.sealedResumeText());
	}
}
