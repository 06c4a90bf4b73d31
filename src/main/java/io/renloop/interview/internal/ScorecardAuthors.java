package io.renloop.interview.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may write a scorecard of an application: an interviewer of one of its scheduled (not cancelled) interviews,
 * or someone who runs the hiring process ({@code INTERVIEW_WRITE}: HR, recruiters). A scorecard moves the
 * composite score, so an interviewer who never met the candidate must not write one.
 */
@Component
class ScorecardAuthors {

	private final HumanInterviewRepository interviews;

	ScorecardAuthors(HumanInterviewRepository interviews) {
		this.interviews = interviews;
	}

	boolean mayScore(UUID applicationId, CurrentUser user) {
		return user.can(Permission.INTERVIEW_WRITE) || interviews.findByApplicationIdOrderByStartsAt(applicationId)
			.stream()
			.anyMatch(interview -> interview.assigns(user.userId()));
	}

	/** @throws BusinessRuleException 403 unless the user may score the application */
	void requireMayScore(UUID applicationId, CurrentUser user) {
		if (!mayScore(applicationId, user)) {
			throw new BusinessRuleException(403, "interview.scorecard.notAssigned");
		}
	}
}
