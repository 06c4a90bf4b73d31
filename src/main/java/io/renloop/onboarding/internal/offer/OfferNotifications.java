package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.Applications;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Messages about offers: the link and the one-time code to the candidate (e-mail, and SMS when they have a phone
 * and an SMS adapter is configured), in the offer's language; outcomes to the recruiter who made the offer.
 */
@Component
class OfferNotifications {

	private final OutgoingMail mail;

	private final ObjectProvider<OutgoingSms> sms;

	private final Applications applications;

	private final MessageSource messages;

	OfferNotifications(OutgoingMail mail, ObjectProvider<OutgoingSms> sms, Applications applications,
			MessageSource messages) {
		this.mail = mail;
		this.sms = sms;
		this.applications = applications;
		this.messages = messages;
	}

	void sendLink(Offer offer, OfferFacts.Names names, String url) {
		toCandidate(offer, "onboarding.mail.offerLink.subject", "onboarding.mail.offerLink.body",
				"onboarding.sms.offerLink", names.company(), names.candidate(), names.position(), url,
				offer.replyBy().toString());
	}

	/** @return where the code went by e-mail, masked, or null when the candidate has no e-mail address */
	String sendCode(Offer offer, OfferFacts.Names names, String code) {
		return toCandidate(offer, "onboarding.mail.offerCode.subject", "onboarding.mail.offerCode.body",
				"onboarding.sms.offerCode", names.company(), names.candidate(), code,
				OneTimeCodes.VALIDITY.toMinutes());
	}

	/** @return where the code went by e-mail, masked, or null when the candidate has no e-mail address */
	String sendDeclineCode(Offer offer, OfferFacts.Names names, String code) {
		return toCandidate(offer, "onboarding.mail.offerDeclineCode.subject", "onboarding.mail.offerDeclineCode.body",
				"onboarding.sms.offerDeclineCode", names.company(), names.candidate(), code,
				OneTimeCodes.VALIDITY.toMinutes());
	}

	void toRecruiter(Offer offer, OfferFacts.Names names, String key, String detail) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		mail.send(MailMessage.plain(TenantContext.require(), offer.createdBy(),
				messages.getMessage(key + ".subject", new Object[] { names.candidate(), names.position() }, locale),
				messages.getMessage(key + ".body", new Object[] { names.candidate(), names.position(),
						detail == null ? "" : detail, offer.id() }, locale)));
	}

	private String toCandidate(Offer offer, String subject, String body, String text, Object... arguments) {
		Locale locale = Locale.forLanguageTag("zh".equals(offer.language()) ? "zh-CN" : "en");
		CandidateContact contact = applications.revealContact(offer.candidateId());
		String tenant = TenantContext.require();
		if (StringUtils.hasText(contact.phone())) {
			SmsMessage message = new SmsMessage(tenant, contact.phone(), messages.getMessage(text, arguments, locale));
			sms.ifAvailable(port -> port.send(message));
		}
		if (!StringUtils.hasText(contact.email())) {
			return null;
		}
		mail.send(MailMessage.plain(tenant, contact.email(), messages.getMessage(subject, arguments, locale),
				messages.getMessage(body, arguments, locale)));
		return io.renloop.shared.Masking.email(contact.email());
	}
}
