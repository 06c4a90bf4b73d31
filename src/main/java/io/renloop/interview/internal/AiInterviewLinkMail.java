package io.renloop.interview.internal;

import io.renloop.interview.InterviewInvitations;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.MailMessage;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.Applications;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** E-mails candidates the link to their AI interview. */
@Service
@Transactional
class AiInterviewLinkMail implements InterviewInvitations {

	private final InterviewSessionRepository sessions;

	private final Applications applications;

	private final OutgoingMail mail;

	private final BilingualMessages messages;

	private final AuditTrail audit;

	AiInterviewLinkMail(InterviewSessionRepository sessions, Applications applications, OutgoingMail mail,
			BilingualMessages messages, AuditTrail audit) {
		this.sessions = sessions;
		this.applications = applications;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public boolean emailAiInterviewLink(UUID sessionId, String candidateUrl) {
		InterviewSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new NotFoundException(DefaultInterviewSessions.ENTITY, sessionId));
		CandidateContact contact = applications.revealContact(session.candidateId());
		if (!StringUtils.hasText(contact.email())) {
			return false;
		}
		String name = applications.candidate(session.candidateId()).name();
		mail.send(MailMessage.plain(TenantContext.require(), contact.email(),
				messages.subject("interview.mail.aiLink.subject"), messages.body("interview.mail.aiLink.body",
						name == null ? "" : name, candidateUrl, messages.time(session.expiresAt()))));
		audit.recordChange("EMAIL_LINK", DefaultInterviewSessions.ENTITY, sessionId, null,
				Map.of("to", "candidate", "expiresAt", session.expiresAt().toString()));
		return true;
	}
}
