package io.renloop.demo;

import java.util.List;

/**
 * The kind of career a demo applicant had: where they could have studied, worked and what they did there.
 * Resumes are drawn from it with varied picks, so that no two of them are near-identical.
 *
 * @param english whether resumes of this background are written in English
 * @param schools schools to pick from
 * @param degree the degree, as written in the resume
 * @param majors majors to pick from
 * @param employers employers to pick from
 * @param titles job titles, junior first
 * @param skills skills to pick several of
 * @param certificates certificates to pick several of (may be empty)
 * @param duties lines describing the work, to pick several of
 * @param minYears fewest years of experience
 * @param maxYears most years of experience
 */
record DemoBackground(boolean english, List<String> schools, String degree, List<String> majors,
		List<String> employers, List<String> titles, List<String> skills, List<String> certificates,
		List<String> duties, int minYears, int maxYears) {

	static DemoBackground chinese(List<String> schools, String degree, List<String> majors, List<String> employers,
			List<String> titles, List<String> skills, List<String> certificates, List<String> duties, int minYears,
			int maxYears) {
		return new DemoBackground(false, schools, degree, majors, employers, titles, skills, certificates, duties,
				minYears, maxYears);
	}

	static DemoBackground english(List<String> schools, String degree, List<String> majors, List<String> employers,
			List<String> titles, List<String> skills, List<String> certificates, List<String> duties, int minYears,
			int maxYears) {
		return new DemoBackground(true, schools, degree, majors, employers, titles, skills, certificates, duties,
				minYears, maxYears);
	}
}
