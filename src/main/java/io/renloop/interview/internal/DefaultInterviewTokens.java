package io.renloop.interview.internal;

import io.renloop.interview.CandidateInterviews;
import io.renloop.interview.InterviewTokens;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class DefaultInterviewTokens implements InterviewTokens {

	private final InterviewLinks links;

	private final InterviewSessionRepository sessions;

	private final CandidateInterviews candidates;

	private final TransactionTemplate transactions;

	DefaultInterviewTokens(InterviewLinks links, InterviewSessionRepository sessions, CandidateInterviews candidates,
			TransactionTemplate transactions) {
		this.links = links;
		this.sessions = sessions;
		this.candidates = candidates;
		this.transactions = transactions;
	}

	@Override
	public Subject subject(String token) {
		InterviewLinks.Link link = links.verify(token);
		String language = candidates.state(token).language();
		return SystemActor.callAs(link.tenantId(), () -> transactions.execute(status -> {
			InterviewSession session = sessions.findById(link.sessionId())
				.orElseThrow(() -> new BusinessRuleException(404, "interview.link.invalid"));
			return new Subject(link.tenantId(), session.id(), session.applicationId(), session.candidateId(), language,
					session.submitted());
		}));
	}
}
