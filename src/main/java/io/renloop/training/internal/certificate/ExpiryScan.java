package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.platform.MailMessage;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.CertificateExpired;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily expiry scan: for the latest certificate of each employee and type, e-mails the employee and their
 * manager 90, 30 and 7 days before it expires and announces {@link CertificateExpired} the day after — each once,
 * kept by a row per certificate and threshold. Dates are the tenant's.
 */
@Component
class ExpiryScan {

	private final JdbcTemplate jdbc;

	private final Employees employees;

	private final TypeStore types;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final TenantTime time;

	ExpiryScan(JdbcTemplate jdbc, Employees employees, TypeStore types, OutgoingMail mail, MessageSource messages,
			ApplicationEventPublisher events, TransactionTemplate transactions, TenantTime time) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.types = types;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
		this.time = time;
	}

	@Scheduled(cron = "${renloop.training.expiry-scan-cron:0 30 6 * * *}")
	@SchedulerLock(name = "training.certificate-expiry-scan")
	void scanAllTenants() {
		List<String> tenants = jdbc.queryForList("select distinct tenant_id from training.certificate_type",
				String.class);
		tenants.forEach(tenant -> SystemActor.runAs(tenant, () -> scan(LocalDate.now(time.clock()
			.withZone(time.zone(tenant))))));
	}

	/** Sends the current tenant's due reminders of the day; returns how many it sent or announced. */
	int scan(LocalDate today) {
		return transactions.execute(status -> {
			int sent = 0;
			for (Due due : due(today)) {
				int threshold = ReminderThresholds.due(due.expiresOn(), today).orElseThrow();
				if (!record(due.certificateId(), threshold)) {
					continue;
				}
				if (threshold == ReminderThresholds.EXPIRED) {
					events.publishEvent(new CertificateExpired(TenantContext.require(), due.employeeId(),
							due.certificateId(), due.typeCode(), due.expiresOn()));
				}
				remind(due, threshold);
				sent++;
			}
			return sent;
		});
	}

	/** The latest certificates that reached a threshold they were not reminded of. */
	private List<Due> due(LocalDate today) {
		return jdbc.query("""
				with latest as (
				  select distinct on (employee_id, type_code) id, employee_id, type_code, expires_on
				  from training.certificate where tenant_id = ?
				  order by employee_id, type_code, expires_on desc nulls first)
				select l.* from latest l
				where l.expires_on is not null and l.expires_on <= ?
				and not exists (select 1 from training.certificate_reminder r where r.certificate_id = l.id
				  and r.threshold_days = case when l.expires_on < ? then 0 when l.expires_on <= ? then 7
				                              when l.expires_on <= ? then 30 else 90 end)""",
				(rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("employee_id", UUID.class),
						rs.getString("type_code"), rs.getDate("expires_on").toLocalDate()),
				TenantContext.require(), Date.valueOf(today.plusDays(90)), Date.valueOf(today),
				Date.valueOf(today.plusDays(7)), Date.valueOf(today.plusDays(30)));
	}

	private boolean record(UUID certificateId, int threshold) {
		return jdbc.update("""
				insert into training.certificate_reminder (tenant_id, certificate_id, threshold_days, sent_at)
				values (?, ?, ?, ?) on conflict do nothing""", TenantContext.require(), certificateId, threshold,
				Timestamp.from(time.clock().instant())) == 1;
	}

	private void remind(Due due, int threshold) {
		EmployeeDetails employee;
		try {
			employee = employees.get(due.employeeId());
		}
		catch (NotFoundException gone) {
			return;
		}
		if (employee.status() == EmployeeStatus.TERMINATED) {
			return;
		}
		String typeZh = types.find(due.typeCode()).map(CertificateType::nameZh).orElse(due.typeCode());
		String typeEn = types.find(due.typeCode()).map(CertificateType::nameEn).orElse(due.typeCode());
		String key = threshold == ReminderThresholds.EXPIRED ? "training.mail.expired" : "training.mail.expiring";
		Object[] zh = { employee.name(), typeZh, due.expiresOn().toString(), threshold };
		Object[] en = { employee.name(), typeEn, due.expiresOn().toString(), threshold };
		String subject = messages.getMessage(key + ".subject", zh, Locale.SIMPLIFIED_CHINESE) + " / "
				+ messages.getMessage(key + ".subject", en, Locale.ENGLISH);
		String body = messages.getMessage(key + ".body", zh, Locale.SIMPLIFIED_CHINESE) + "\n\n----------\n\n"
				+ messages.getMessage(key + ".body", en, Locale.ENGLISH);
		for (String to : recipients(employee)) {
			mail.send(MailMessage.plain(TenantContext.require(), to, subject, body));
		}
	}

	private List<String> recipients(EmployeeDetails employee) {
		List<String> to = new ArrayList<>();
		if (employee.email() != null && !employee.email().isBlank()) {
			to.add(employee.email());
		}
		if (employee.managerId() != null) {
			try {
				String manager = employees.get(employee.managerId()).email();
				if (manager != null && !manager.isBlank() && !to.contains(manager)) {
					to.add(manager);
				}
			}
			catch (NotFoundException gone) {
				// a manager who left: the employee is still told
			}
		}
		return to;
	}

	record Due(UUID certificateId, UUID employeeId, String typeCode, java.time.LocalDate expiresOn) {
	}
}
