package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.Applications;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends the new hire the link to their onboarding pages by e-mail and, where an SMS service exists, by text
 * message. The link's address is {@code renloop.onboarding.base-url} (else the interview links' base URL).
 */
@Component
class NewHireLinkMessages {

	private final Applications applications;

	private final OutgoingMail mail;

	private final ObjectProvider<OutgoingSms> sms;

	private final OnboardingTexts texts;

	private final AuditTrail audit;

	private final String baseUrl;

	NewHireLinkMessages(Applications applications, OutgoingMail mail, ObjectProvider<OutgoingSms> sms,
			OnboardingTexts texts, AuditTrail audit,
			@Value("${renloop.onboarding.base-url:${renloop.interview.base-url:http://localhost:8080}}") String baseUrl) {
		this.applications = applications;
		this.mail = mail;
		this.sms = sms;
		this.texts = texts;
		this.audit = audit;
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	String url(String token) {
		return baseUrl + "/onboarding/" + token;
	}

	void send(OnboardingCase onboarding, String token) {
		CandidateContact contact = applications.revealContact(onboarding.candidateId());
		String url = url(token);
		String tenant = TenantContext.require();
		if (StringUtils.hasText(contact.email())) {
			mail.send(MailMessage.plain(tenant, contact.email(), texts.both("onboarding.mail.link.subject"),
					texts.body("onboarding.mail.link.body", onboarding.candidateName(), url,
							onboarding.startDate().toString())));
		}
		if (StringUtils.hasText(contact.phone())) {
			sms.ifAvailable(port -> port.send(new SmsMessage(tenant, contact.phone(),
					texts.both("onboarding.sms.link", onboarding.candidateName(), url))));
		}
		audit.recordChange("SEND_LINK", DefaultOnboardingCases.ENTITY, onboarding.id(), null,
				Map.of("email", StringUtils.hasText(contact.email()), "sms", StringUtils.hasText(contact.phone())));
	}
}
