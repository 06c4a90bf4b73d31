package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.TenantContext;
import io.renloop.shared.Masking;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Sends the contract's one-time code to the new hire's confirmed e-mail address and phone, in the contract's language. */
@Component
class ContractCodeMessages {

	private final OutgoingMail mail;

	private final ObjectProvider<OutgoingSms> sms;

	private final MessageSource messages;

	ContractCodeMessages(OutgoingMail mail, ObjectProvider<OutgoingSms> sms, MessageSource messages) {
		this.mail = mail;
		this.sms = sms;
		this.messages = messages;
	}

	/** @return the masked e-mail address the code went to, or null without one */
	String send(PersonalInfo info, String language, String company, String code) {
		Locale locale = Locale.forLanguageTag("zh".equals(language) ? "zh-CN" : "en");
		Object[] arguments = { company, info.name(), code, OneTimeCodes.VALIDITY.toMinutes() };
		String tenant = TenantContext.require();
		if (StringUtils.hasText(info.phone())) {
			SmsMessage message = new SmsMessage(tenant, info.phone(),
					messages.getMessage("onboarding.sms.contractCode", arguments, locale));
			sms.ifAvailable(port -> port.send(message));
		}
		if (!StringUtils.hasText(info.email())) {
			return null;
		}
		mail.send(MailMessage.plain(tenant, info.email(),
				messages.getMessage("onboarding.mail.contractCode.subject", arguments, locale),
				messages.getMessage("onboarding.mail.contractCode.body", arguments, locale)));
		return Masking.email(info.email());
	}
}
