package io.renloop.recruitment.internal;

import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.ApplicationStage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A match score as stored: the factors keep their evidence in both languages, so the score is read in either
 * without being computed again.
 * @param applicationId the application scored
 * @param candidateId its candidate
 * @param requisitionId its requisition
 * @param score 0–100
 * @param mustHavesMet whether every must-have is met
 * @param factors the parts of the score
 * @param requirements the fingerprint of the requirements scored against; a different one means stale
 */
record StoredMatch(UUID applicationId, UUID candidateId, UUID requisitionId, double score, boolean mustHavesMet,
		List<Factor> factors, String requirements) {

	StoredMatch {
		factors = List.copyOf(factors);
	}

	/** The match as a reader of {@code locale} sees it. */
	ApplicationMatch view(String candidateName, ApplicationStage stage, Locale locale) {
		return new ApplicationMatch(candidateId, applicationId, candidateName, stage, score, mustHavesMet,
				factors(locale));
	}

	List<ApplicationMatch.Factor> factors(Locale locale) {
		boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
		return factors.stream()
			.map(f -> new ApplicationMatch.Factor(f.name(), f.weight(), f.score(), chinese ? f.evidenceZh() : f.evidenceEn()))
			.toList();
	}

	/** A factor with its evidence in Chinese and English. */
	record Factor(String name, double weight, double score, String evidenceZh, String evidenceEn) {
	}
}
