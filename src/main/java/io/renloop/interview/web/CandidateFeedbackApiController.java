package io.renloop.interview.web;

import io.renloop.interview.CandidateFeedback;
import io.renloop.interview.CandidateFeedbacks;
import io.renloop.interview.InterviewTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's feedback on their interview, reached with the token of the link. */
@RestController
@Tag(name = "Candidate interview")
class CandidateFeedbackApiController {

	private final CandidateFeedbacks feedbacks;

	private final InterviewTokens tokens;

	CandidateFeedbackApiController(CandidateFeedbacks feedbacks, InterviewTokens tokens) {
		this.feedbacks = feedbacks;
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/candidate-interview/{token}/feedback")
	@Operation(summary = "Feedback on the submitted interview", description = "Strengths, areas to work on and the fit "
			+ "with the role in the interview's language, without scores or rubric texts; 409 before submission or "
			+ "before the tenant's settings release it")
	CandidateFeedback feedback(@PathVariable String token) {
		// problems, too, speak the candidate's language rather than the browser's
		String language = tokens.subject(token).language();
		LocaleContextHolder.setLocale("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
		return feedbacks.feedback(token);
	}
}
