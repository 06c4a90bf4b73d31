package io.renloop.recruitment.internal.talentpool;

import java.time.Instant;

/**
 * A candidate as the talent pool indexes it: searchable text and the consent that allows keeping it searchable.
 * No protected attributes.
 * @param tenantId the owning tenant; searches never cross tenants
 * @param candidateId the candidate's id, unique across tenants
 * @param text the profile's (redacted) text: resume text, skills, certificates, titles
 * @param consentGiven whether the candidate agreed to stay in the talent pool
 * @param consentExpiresAt when that consent ends, or null for no end
 */
public record TalentProfile(String tenantId, String candidateId, String text, boolean consentGiven,
		Instant consentExpiresAt) {

	public TalentProfile {
		text = text == null ? "" : text;
	}

	/** The last instant (epoch milliseconds) the profile may be found; {@link Long#MIN_VALUE} without consent. */
	long searchableUntilMillis() {
		if (!consentGiven) {
			return Long.MIN_VALUE;
		}
		return consentExpiresAt == null ? Long.MAX_VALUE : consentExpiresAt.toEpochMilli();
	}
}
