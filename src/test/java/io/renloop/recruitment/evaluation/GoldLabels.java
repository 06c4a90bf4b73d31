package io.renloop.recruitment.evaluation;

import java.util.List;

/**
 * The field-level truth for one resume of the evaluation set, stored as JSON next to the file. Dates are
 * {@code yyyy-MM}, or {@code yyyy} where the resume gives only years, or {@code present}; a field the resume does
 * not state is null. Skills are the items of the resume's skills list; certificates are named as written, without
 * dates and issuers.
 */
public record GoldLabels(String file, String language, String layout, String name, String phone, String email,
		List<Education> education, List<Experience> experience, List<String> skills, List<String> certificates) {

	/** A school attended. */
	public record Education(String school, String degree, String major, String start, String end) {
	}

	/** A position held. */
	public record Experience(String organization, String title, String start, String end) {
	}
}
