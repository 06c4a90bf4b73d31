package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDirectory.Contact;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an expiry reminder for each channel — e-mail, SMS, group robot — in Chinese followed by English, since
 * the holder's language is not on record. Keys are {@code training.<channel>.expiring|expired}.
 */
@Component
class ReminderTexts {

	private final TypeStore types;

	private final MessageSource messages;

	ReminderTexts(TypeStore types, MessageSource messages) {
		this.types = types;
		this.messages = messages;
	}

	/** The texts of one reminder about the holder's certificate. */
	Texts of(ReminderDue due, Contact holder) {
		Optional<CertificateType> type = types.find(due.typeCode());
		String state = due.thresholdDays() == ReminderThresholds.EXPIRED ? "expired" : "expiring";
		Object[] zh = { holder.name(), type.map(CertificateType::nameZh).orElse(due.typeCode()),
				due.expiresOn().toString(), due.thresholdDays() };
		Object[] en = { holder.name(), type.map(CertificateType::nameEn).orElse(due.typeCode()),
				due.expiresOn().toString(), due.thresholdDays() };
		return new Texts(both("training.mail." + state + ".subject", zh, en, " / "),
				both("training.mail." + state + ".body", zh, en, "\n\n----------\n\n"),
				both("training.sms." + state, zh, en, "\n"), both("training.robot." + state, zh, en, "\n"));
	}

	private String both(String key, Object[] zh, Object[] en, String separator) {
		return messages.getMessage(key, zh, Locale.SIMPLIFIED_CHINESE) + separator
				+ messages.getMessage(key, en, Locale.ENGLISH);
	}

	record Texts(String mailSubject, String mailBody, String sms, String robot) {
	}
}
