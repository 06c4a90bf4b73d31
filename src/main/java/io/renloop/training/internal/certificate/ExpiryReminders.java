package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Contact;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.TenantTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Writes the reminder of a certificate that reached a threshold to its holder and the holder's manager, in Chinese and
 * English, once the expiry scan that found it has committed. Nobody is written to about a holder who left.
 */
@Component
class ExpiryReminders {

	private final EmployeeDirectory directory;

	private final TypeStore types;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final TenantTransactions inTenant;

	ExpiryReminders(EmployeeDirectory directory, TypeStore types, OutgoingMail mail, MessageSource messages,
			TenantTransactions inTenant) {
		this.directory = directory;
		this.types = types;
		this.mail = mail;
		this.messages = messages;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReminderDue due) {
		inTenant.run(due.tenantId(), () -> Optional.ofNullable(directory.contactsOf(List.of(due.employeeId()))
			.get(due.employeeId())).filter(holder -> !holder.left()).ifPresent(holder -> remind(due, holder)));
	}

	private void remind(ReminderDue due, Contact holder) {
		Optional<CertificateType> type = types.find(due.typeCode());
		String key = due.thresholdDays() == ReminderThresholds.EXPIRED ? "training.mail.expired"
				: "training.mail.expiring";
		Object[] zh = { holder.name(), type.map(CertificateType::nameZh).orElse(due.typeCode()),
				due.expiresOn().toString(), due.thresholdDays() };
		Object[] en = { holder.name(), type.map(CertificateType::nameEn).orElse(due.typeCode()),
				due.expiresOn().toString(), due.thresholdDays() };
		String subject = messages.getMessage(key + ".subject", zh, Locale.SIMPLIFIED_CHINESE) + " / "
				+ messages.getMessage(key + ".subject", en, Locale.ENGLISH);
		String body = messages.getMessage(key + ".body", zh, Locale.SIMPLIFIED_CHINESE) + "\n\n----------\n\n"
				+ messages.getMessage(key + ".body", en, Locale.ENGLISH);
		for (String to : recipients(holder)) {
			mail.send(MailMessage.plain(due.tenantId(), to, subject, body));
		}
	}

	/** The holder and their manager, each once, when they have an address. */
	private static List<String> recipients(Contact holder) {
		List<String> to = new ArrayList<>();
		for (String address : new String[] { holder.email(), holder.managerEmail() }) {
			if (address != null && !address.isBlank() && !to.contains(address)) {
				to.add(address);
			}
		}
		return to;
	}
}
