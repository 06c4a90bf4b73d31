package io.renloop.training.internal.certificate;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.CertificateExpired;
import io.renloop.training.CertificateExpiryScan;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily expiry scan: for the latest certificate of each employee and type, records the reminder due 90, 30 and 7
 * days before it expires and announces {@link CertificateExpired} the day after — each once, kept by a row per
 * certificate and threshold. The e-mails themselves go out through {@link ReminderDue}, a durable event that
 * {@link ExpiryReminders} handles after the scan has committed: a morning with thousands of due certificates ends in
 * seconds, and a crash in the middle of the mailing loses no reminder. Dates are the tenant's.
 */
@Component
class ExpiryScan implements CertificateExpiryScan {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final TenantTime time;

	private final AuditTrail audit;

	ExpiryScan(JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, TenantTime time,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.time = time;
		this.audit = audit;
	}

	@Scheduled(cron = "${renloop.training.expiry-scan-cron:0 30 6 * * *}")
	@SchedulerLock(name = "training.certificate-expiry-scan")
	void scanAllTenants() {
		List<String> tenants = jdbc.queryForList("select distinct tenant_id from training.certificate_type",
				String.class);
		tenants.forEach(tenant -> SystemActor.runAs(tenant, () -> scan(LocalDate.now(time.clock()
			.withZone(time.zone(tenant))))));
	}

	@Override
	public ScanResult scanNow() {
		ScanResult result = scan(time.today());
		audit.recordChange("SCAN", "TrainingCertificateExpiry", result.date(), null, result);
		return result;
	}

	/** Records the current tenant's reminders due on the day and announces its expiries. */
	ScanResult scan(LocalDate today) {
		long started = System.nanoTime();
		return transactions.execute(status -> {
			String tenant = TenantContext.require();
			int reminded = 0;
			int expired = 0;
			for (Due due : due(today)) {
				int threshold = ReminderThresholds.due(due.expiresOn(), today).orElseThrow();
				if (!record(due.certificateId(), threshold)) {
					continue;
				}
				if (threshold == ReminderThresholds.EXPIRED) {
					events.publishEvent(new CertificateExpired(tenant, due.employeeId(), due.certificateId(),
							due.typeCode(), due.expiresOn()));
					expired++;
				}
				else {
					reminded++;
				}
				events.publishEvent(new ReminderDue(tenant, due.certificateId(), due.employeeId(), due.typeCode(),
						due.expiresOn(), threshold));
			}
			return new ScanResult(today, reminded, expired, (System.nanoTime() - started) / 1_000_000);
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

	record Due(UUID certificateId, UUID employeeId, String typeCode, LocalDate expiresOn) {
	}
}
