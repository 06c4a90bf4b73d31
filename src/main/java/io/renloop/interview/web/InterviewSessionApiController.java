package io.renloop.interview.web;

import io.renloop.interview.InterviewReport;
import io.renloop.interview.InterviewSessions;
import io.renloop.interview.InterviewSessions.SessionLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "AI interviews", description = "Starting a candidate's AI interview and reading its report")
class InterviewSessionApiController {

	private final InterviewSessions sessions;

	private final CandidateLinks links;

	InterviewSessionApiController(InterviewSessions sessions, CandidateLinks links) {
		this.sessions = sessions;
		this.links = links;
	}

	@PostMapping("/api/v1/applications/{id}/ai-interview")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start an AI interview", description = "Returns the candidate's signed, expiring link "
			+ "(renloop.interview.link-days, default 7) to pass on; moves a SCREENED application to AI_INTERVIEW. "
			+ "409 when the requisition has no interview plan")
	StartedInterview start(@PathVariable UUID id) {
		SessionLink link = sessions.start(id);
		return new StartedInterview(link.sessionId(), links.url(link.token()));
	}

	@GetMapping("/api/v1/ai-interviews/{sessionId}/report")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The scored interview", description = "Overall and per-dimension scores with the evidence, "
			+ "strengths and improvements in the reader's language, job fit; 409 before submission")
	InterviewReport report(@PathVariable UUID sessionId) {
		return sessions.report(sessionId);
	}

	/** The session and the link to send to the candidate. */
	record StartedInterview(UUID sessionId, String candidateUrl) {
	}
}
