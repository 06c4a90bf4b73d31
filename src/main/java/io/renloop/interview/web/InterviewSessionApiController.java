package io.renloop.interview.web;

import io.renloop.interview.InterviewInvitations;
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

	private final InterviewInvitations invitations;

	InterviewSessionApiController(InterviewSessions sessions, CandidateLinks links, InterviewInvitations invitations) {
		this.sessions = sessions;
		this.links = links;
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/applications/{id}/ai-interview")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start an AI interview", description = "Returns the candidate's signed, expiring link "
			+ "(renloop.interview.link-days, default 7) to pass on; moves a SCREENED application to AI_INTERVIEW. "
			+ "409 when the requisition has no interview plan. The link is also e-mailed to the candidate (in Chinese "
			+ "and English); emailed=false when the candidate has no e-mail address")
	StartedInterview start(@PathVariable UUID id) {
		SessionLink link = sessions.start(id);
		String url = links.url(link.token());
		return new StartedInterview(link.sessionId(), url, invitations.emailAiInterviewLink(link.sessionId(), url));
	}

	@GetMapping("/api/v1/ai-interviews/{sessionId}/report")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The scored interview", description = "Overall and per-dimension scores with the evidence, "
			+ "strengths and improvements in the reader's language, job fit; 409 before submission")
	InterviewReport report(@PathVariable UUID sessionId) {
		return sessions.report(sessionId);
	}

	/** The session, the link to pass on to the candidate, and whether it was e-mailed to them. */
	record StartedInterview(UUID sessionId, String candidateUrl, boolean emailed) {
	}
}
