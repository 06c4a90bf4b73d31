package io.renloop.interview.web;

import io.renloop.interview.CandidateInterviewView;
import io.renloop.interview.CandidateInterviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's interview, reached with the token of the link instead of a login. */
@RestController
@RequestMapping("/api/v1/candidate-interview/{token}")
@Tag(name = "Candidate interview", description = "Public, authenticated by the signed token of the candidate's link: "
		+ "404 for an altered token, 410 for an expired one")
class CandidateInterviewApiController {

	private final CandidateInterviews interviews;

	CandidateInterviewApiController(CandidateInterviews interviews) {
		this.interviews = interviews;
	}

	@GetMapping
	@Operation(summary = "The interview: notice, consent, questions in order with saved answers, status")
	CandidateInterviewView state(@PathVariable String token) {
		return interviews.state(token);
	}

	@PostMapping("/consent")
	@Operation(summary = "Consent to the evaluation described in the notice")
	CandidateInterviewView consent(@PathVariable String token) {
		return interviews.consent(token);
	}

	@PostMapping("/questions/{questionId}/start")
	@Operation(summary = "Mark a question as shown", description = "Its time limit runs from the first call")
	CandidateInterviewView start(@PathVariable String token, @PathVariable UUID questionId) {
		return interviews.start(token, questionId);
	}

	@PostMapping("/answers")
	@Operation(summary = "Save or overwrite an answer", description = "409 before consent, after submission or after "
			+ "the question's time limit plus 30 s; 413 over 5,000 characters; 400 for a question not in the interview")
	CandidateInterviewView answer(@PathVariable String token, @Valid @RequestBody Answer answer) {
		return interviews.answer(token, answer.questionId(), answer.text());
	}

	@PostMapping("/submit")
	@Operation(summary = "Submit the interview", description = "Scores every answer; the link then only shows the "
			+ "submitted state")
	CandidateInterviewView submit(@PathVariable String token) {
		return interviews.submit(token);
	}

	/** An answer; its length is checked by the service so that an oversized one gets its own problem. */
	record Answer(@NotNull UUID questionId, @NotNull String text) {
	}
}
