package io.renloop.interview;

/**
 * A tenant's feedback settings as HR sees them; the reviewer's API key is never shown, only whether one is set.
 *
 * @param feedbackDelayDays days after submission for {@link FeedbackRelease#AFTER_DAYS}
 * @param reviewer the optional wording reviewer; its base URL is null while it is off
 */
public record FeedbackSettings(FeedbackRelease feedbackRelease, int feedbackDelayDays, Reviewer reviewer) {

	/**
	 * An OpenAI-compatible chat endpoint that drafts the wording of the feedback, never its content or any score.
	 *
	 * @param baseUrl e.g. {@code https://api.deepseek.com/v1}, or null when the reviewer is off
	 * @param apiKeySet whether an API key is stored
	 */
	public record Reviewer(String baseUrl, String model, boolean apiKeySet, int timeoutSeconds) {
	}
}
