package io.renloop.interview;

/**
 * The current tenant's feedback settings. Every change is audited; the reviewer's API key is stored encrypted.
 */
public interface InterviewFeedbackSettings {

	/** The settings, or the defaults (no feedback, reviewer off) when the tenant never saved any. */
	FeedbackSettings settings();

	/**
	 * Saves the settings.
	 * @throws io.renloop.platform.InvalidFieldsException for a delay outside 0–90 days, a reviewer without a
	 * model or with a URL that is not http(s), or a timeout outside 1–120 seconds
	 */
	FeedbackSettings update(Update update);

	/**
	 * @param reviewerBaseUrl null or blank turns the reviewer off
	 * @param reviewerApiKey null keeps the stored key, blank removes it
	 * @param reviewerTimeoutSeconds null keeps the default of 20
	 */
	record Update(FeedbackRelease feedbackRelease, Integer feedbackDelayDays, String reviewerBaseUrl,
			String reviewerModel, String reviewerApiKey, Integer reviewerTimeoutSeconds) {
	}
}
