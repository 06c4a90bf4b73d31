package io.renloop.recruitment.internal.matching;

import io.renloop.recruitment.ParsedResume;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What matching may look at in a candidate: qualifications and the resume's text. It deliberately has no field
 * for gender, age, ethnicity, marital status, political affiliation or any other protected attribute; the text
 * should be the parser's redacted text.
 * @param skills skills held, canonical forms
 * @param certificates certificates and licences held
 * @param degrees degrees as written (e.g. "本科", "Master of Science")
 * @param titles job titles held
 * @param totalYearsExperience years of dated work experience, or null when unknown
 * @param text the resume's (redacted) text, for semantic similarity
 */
public record CandidateProfile(List<String> skills, List<String> certificates, List<String> degrees,
		List<String> titles, BigDecimal totalYearsExperience, String text) {

	public CandidateProfile {
		skills = List.copyOf(skills);
		certificates = List.copyOf(certificates);
		degrees = List.copyOf(degrees);
		titles = List.copyOf(titles);
		text = text == null ? "" : text;
	}

	/** The profile of a parsed resume whose (redacted) text is {@code text}. */
	public static CandidateProfile of(ParsedResume resume, String text) {
		return new CandidateProfile(resume.skills(), resume.certificates(),
				resume.education().stream().map(ParsedResume.Education::degree).filter(Objects::nonNull).toList(),
				resume.experience().stream().map(ParsedResume.Experience::title).filter(Objects::nonNull).toList(),
				resume.totalYearsExperience(), text);
	}
}
