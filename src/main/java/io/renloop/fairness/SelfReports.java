package io.renloop.fairness;

import java.util.List;

/**
 * Candidates' voluntary self-reports, reached with the token of their interview link. They are stored encrypted
 * for the application of that link and read only by the fairness report; nothing that scores or matches sees them.
 */
public interface SelfReports {

	/** The form in the interview's language, and whether the candidate already answered it. */
	SelfReportForm form(String interviewToken);

	/**
	 * Saves or replaces the candidate's answers; a null answer counts as "prefer not to say".
	 * @throws io.renloop.platform.BusinessRuleException 404/410 for an altered or expired link
	 */
	void submit(String interviewToken, Gender gender, AgeBand ageBand);

	/**
	 * @param intro that answering is voluntary and what the answers are used for
	 */
	record SelfReportForm(String language, boolean submitted, String title, String intro, String genderLabel,
			List<Option> genders, String ageBandLabel, List<Option> ageBands, String send, String thanks) {
	}

	record Option(String value, String label) {
	}
}
