package io.renloop.interview.web;

import io.renloop.interview.FeedbackSettings;
import io.renloop.interview.InterviewFeedbackSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether and when candidates see feedback, and the optional wording reviewer. */
@RestController
@RequestMapping("/api/v1/interview/settings")
@Tag(name = "Interview settings", description = "Candidate feedback release and the optional LLM wording reviewer")
class FeedbackSettingsApiController {

	private final InterviewFeedbackSettings settings;

	FeedbackSettingsApiController(InterviewFeedbackSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INTERVIEW_ADMIN')")
	@Operation(summary = "The tenant's feedback settings", description = "The reviewer's API key is never returned")
	FeedbackSettings settings() {
		return settings.settings();
	}

	@PutMapping
	@PreAuthorize("hasAuthority('INTERVIEW_ADMIN')")
	@Operation(summary = "Save the feedback settings", description = "feedbackRelease NEVER, AFTER_SUBMIT, "
			+ "AFTER_DECISION or AFTER_DAYS (with feedbackDelayDays 0–90); a blank reviewerBaseUrl turns the reviewer "
			+ "off; reviewerApiKey null keeps the stored key, blank removes it. Audited.")
	FeedbackSettings update(@RequestBody InterviewFeedbackSettings.Update update) {
		return settings.update(update);
	}
}
