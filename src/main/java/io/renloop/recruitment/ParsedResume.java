package io.renloop.recruitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The structured profile read from a resume. Dates are {@code yyyy-MM} or {@code yyyy}; an open end is
 * {@code present}. It never holds gender, ethnicity, age or birth date, marital status, political affiliation
 * or photos.
 * @param name the candidate's name, or null
 * @param phone the first phone number, or null
 * @param email the first e-mail address, or null
 * @param education schools attended, in the order found
 * @param experience positions held, in the order found
 * @param totalYearsExperience years covered by the dated positions (overlaps counted once), or null
 * @param skills skills named in the resume, canonical forms
 * @param certificates certificates and licences
 * @param languages languages and language test results
 * @param entities typed spans of the (redacted) text, offsets in characters, end exclusive
 */
public record ParsedResume(String name, String phone, String email, List<Education> education,
		List<Experience> experience, BigDecimal totalYearsExperience, List<String> skills, List<String> certificates,
		List<String> languages, List<Entity> entities) {

	public ParsedResume {
		education = List.copyOf(education);
		experience = List.copyOf(experience);
		skills = List.copyOf(skills);
		certificates = List.copyOf(certificates);
		languages = List.copyOf(languages);
		entities = List.copyOf(entities);
	}

	/** A school attended; any part may be null. */
	public record Education(String school, String degree, String major, String start, String end) {
	}

	/** A position held; any part may be null. */
	public record Experience(String organization, String title, String start, String end) {
	}

	/** A span of the text: {@code text} is the substring from {@code start} (inclusive) to {@code end}. */
	public record Entity(EntityType type, String text, int start, int end) {
	}
}
