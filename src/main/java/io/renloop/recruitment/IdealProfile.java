package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * Requirements suggested for a position from what its current employees have in common, in the shapes of a
 * {@link CompetencyModel}, each with how many employees support it. Built from counts only: no employee is named.
 * @param positionId the position
 * @param basedOn how many employees it was derived from
 * @param explanation which employees were counted and how, in the reader's language
 * @param minYearsExperience suggested minimum years (the median of work history plus tenure), or null
 * @param minEducation suggested lowest education level (the highest level that most employees reach), or null
 * @param requiredCertificates certificates held by at least half of the employees
 * @param requiredSkills skills most employees have (employee records hold no skills yet, so empty until they do)
 * @param niceToHaves certificates held by a sizeable minority, weighted by their share
 */
public record IdealProfile(UUID positionId, BasedOn basedOn, String explanation, Suggestion<Integer> minYearsExperience,
		Suggestion<EducationLevel> minEducation, List<Suggestion<String>> requiredCertificates,
		List<Suggestion<String>> requiredSkills, List<Suggestion<CompetencyModel.NiceToHave>> niceToHaves) {

	public IdealProfile {
		requiredCertificates = List.copyOf(requiredCertificates);
		requiredSkills = List.copyOf(requiredSkills);
		niceToHaves = List.copyOf(niceToHaves);
	}

	/**
	 * @param employees how many employees the profile was derived from
	 * @param topPerformers how many of them are top performers by rating, or null when no ratings exist (then all
	 * active employees of the position count)
	 */
	public record BasedOn(int employees, Integer topPerformers) {
	}

	/**
	 * A suggested requirement.
	 * @param value what to require
	 * @param employees how many of the counted employees meet it
	 * @param of how many employees were counted
	 * @param support the same in words, e.g. "8 of 10 employees"
	 */
	public record Suggestion<T>(T value, int employees, int of, String support) {
	}
}
