package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Contact;
import io.renloop.platform.MailMessage;
import io.renloop.platform.NoticeTopic;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.OutgoingRobotMessages;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.RobotMessage;
import io.renloop.platform.SmsMessage;
import io.renloop.platform.TenantTransactions;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.util.StringUtils;

/**
 * Sends the reminder of a certificate that reached a threshold, once the expiry scan that found it has committed: an
 * e-mail to its holder and the holder's manager, an SMS to the holder's mobile when on record, and a message to the
 * tenant's WeCom group robot (the robot port records it as not configured where the tenant has none). The reminder's
 * row is marked notified in the same transaction, so a redelivered event sends nothing twice; the messages go out
 * after that commit. Nobody is written to about a holder who left.
 */
@Component
class ExpiryReminders {

	private final EmployeeDirectory directory;

	private final ReminderTexts texts;

	private final OutgoingMail mail;

	private final ObjectProvider<OutgoingSms> sms;

	private final ObjectProvider<OutgoingRobotMessages> robot;

	private final TenantTransactions inTenant;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final WorkNotices notices;

	ExpiryReminders(EmployeeDirectory directory, ReminderTexts texts, OutgoingMail mail,
			ObjectProvider<OutgoingSms> sms, ObjectProvider<OutgoingRobotMessages> robot, TenantTransactions inTenant,
			JdbcTemplate jdbc, Clock clock, WorkNotices notices) {
		this.directory = directory;
		this.texts = texts;
		this.mail = mail;
		this.sms = sms;
		this.robot = robot;
		this.inTenant = inTenant;
		this.jdbc = jdbc;
		this.clock = clock;
		this.notices = notices;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReminderDue due) {
		inTenant.run(due.tenantId(), () -> {
			if (!markNotified(due)) {
				return;
			}
			Optional.ofNullable(directory.contactsOf(List.of(due.employeeId())).get(due.employeeId()))
				.filter(holder -> !holder.left())
				.ifPresent(holder -> remind(due, holder));
		});
	}

	/** Claims the reminder for sending; false when it was sent before (a redelivery) or was never recorded. */
	private boolean markNotified(ReminderDue due) {
		return jdbc.update("""
				update training.certificate_reminder set notified_at = ?
				where tenant_id = ? and certificate_id = ? and threshold_days = ? and notified_at is null""",
				Timestamp.from(clock.instant()), due.tenantId(), due.certificateId(), due.thresholdDays()) == 1;
	}

	private void remind(ReminderDue due, Contact holder) {
		ReminderTexts.Texts text = texts.of(due, holder);
		for (String to : recipients(holder)) {
			mail.send(MailMessage.plain(due.tenantId(), to, text.mailSubject(), text.mailBody()));
		}
		if (StringUtils.hasText(holder.phone())) {
			SmsMessage message = new SmsMessage(due.tenantId(), holder.phone().strip(), text.sms());
			sms.ifAvailable(port -> port.send(message));
		}
		RobotMessage group = RobotMessage.toTenantRobot(due.tenantId(), text.robot());
		robot.ifAvailable(port -> port.send(group));
		notices.send(WorkNotice.toEmployee(due.tenantId(), due.employeeId(), NoticeTopic.CERTIFICATE_EXPIRING,
				"certificate-expiring:" + due.certificateId() + ":" + due.thresholdDays(), "/training",
				due.typeCode(), due.expiresOn().toString()));
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
