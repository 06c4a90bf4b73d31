package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.ParsedResume;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A candidate as the talent pool indexes it: searchable text, the titles and skills parsed from it, and the
 * consent that allows keeping it searchable. No protected attributes.
 * @param tenantId the owning tenant; searches never cross tenants
 * @param candidateId the candidate's id, unique across tenants
 * @param text the profile's (redacted) text: the whole resume
 * @param titles job titles parsed from the resume, most recent first where known
 * @param skills skills parsed from the resume
 * @param consentGiven whether the candidate agreed to stay in the talent pool
 * @param consentExpiresAt when that consent ends, or null for no end
 */
public record TalentProfile(String tenantId, String candidateId, String text, List<String> titles,
		List<String> skills, boolean consentGiven, Instant consentExpiresAt) {

	public TalentProfile {
		text = text == null ? "" : text;
		titles = titles == null ? List.of() : titles.stream().filter(Objects::nonNull).toList();
		skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).toList();
	}

	/** A profile of text only; titles and skills are then read from the text's sections alone. */
	public TalentProfile(String tenantId, String candidateId, String text, boolean consentGiven,
			Instant consentExpiresAt) {
		this(tenantId, candidateId, text, List.of(), List.of(), consentGiven, consentExpiresAt);
	}

	/**
	 * The profile of a resume's redacted text and its parsed fields ({@code resume} may be null); a resume without
	 * text is found by its skills, certificates and titles.
	 */
	public static TalentProfile of(String tenantId, String candidateId, String text, ParsedResume resume,
			boolean consentGiven, Instant consentExpiresAt) {
		if (resume == null) {
			return new TalentProfile(tenantId, candidateId, text, consentGiven, consentExpiresAt);
		}
		List<String> titles = resume.experience().stream().map(ParsedResume.Experience::title).filter(Objects::nonNull).toList();
		String searchable = text;
		if (searchable == null || searchable.isBlank()) {
			searchable = Stream.of(resume.skills().stream(), resume.certificates().stream(), titles.stream())
				.flatMap(s -> s)
				.collect(Collectors.joining("\n"));
		}
		return new TalentProfile(tenantId, candidateId, searchable, titles, resume.skills(), consentGiven,
				consentExpiresAt);
	}

	/** The last instant (epoch milliseconds) the profile may be found; {@link Long#MIN_VALUE} without consent. */
	long searchableUntilMillis() {
		if (!consentGiven) {
			return Long.MIN_VALUE;
		}
		return consentExpiresAt == null ? Long.MAX_VALUE : consentExpiresAt.toEpochMilli();
	}
}
