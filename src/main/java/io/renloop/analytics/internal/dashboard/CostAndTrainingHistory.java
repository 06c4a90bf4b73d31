package io.renloop.analytics.internal.dashboard;

import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.PayrollRunView;
import io.renloop.payroll.PayrollRuns;
import io.renloop.platform.TenantTime;
import io.renloop.training.Catalogue;
import io.renloop.training.CertificateExpired;
import io.renloop.training.Certificates;
import io.renloop.training.Certificates.CertificateView;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.EnrolmentView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Refills payroll cost (the published runs' summaries) and training (completed enrolments with their course's hours,
 * certificates that expired before today) for a rebuild.
 */
@Component
class CostAndTrainingHistory {

	/** More enrolments than a tenant has. */
	private static final int ALL = 50_000_000;

	private final ReadModelTables tables;

	private final PayrollRuns runs;

	private final Enrolments enrolments;

	private final Catalogue catalogue;

	private final Certificates certificates;

	private final TenantTime time;

	CostAndTrainingHistory(ReadModelTables tables, PayrollRuns runs, Enrolments enrolments, Catalogue catalogue,
			Certificates certificates, TenantTime time) {
		this.tables = tables;
		this.runs = runs;
		this.enrolments = enrolments;
		this.catalogue = catalogue;
		this.certificates = certificates;
		this.time = time;
	}

	int payroll(String tenantId) {
		int rows = 0;
		for (PayrollRunView run : runs.list()) {
			if (run.status() == PayrollRunStatus.PUBLISHED) {
				rows += tables.payrollPublished(tenantId, run.id(), run.period(), runs.summary(run.id()).departments());
			}
		}
		return rows;
	}

	int training(String tenantId) {
		ZoneId zone = time.zone(tenantId);
		LocalDate today = time.today();
		Map<UUID, BigDecimal> hours = new HashMap<>();
		int completions = 0;
		// the system actor sees every enrolment of the tenant: one call instead of one per employee
		for (EnrolmentView enrolment : enrolments.recent(ALL)) {
			if (enrolment.status() == Enrolments.Status.COMPLETED && enrolment.completedAt() != null) {
				BigDecimal h = hours.computeIfAbsent(enrolment.courseId(), id -> catalogue.course(id).hours());
				tables.courseCompleted(tenantId, enrolment.employeeId(), enrolment.courseId(),
						enrolment.completedAt().atZone(zone).toLocalDate(), h);
				completions++;
			}
		}
		for (CertificateView certificate : certificates.expiredBefore(today)) {
			tables.certificateExpired(new CertificateExpired(tenantId, certificate.employeeId(), certificate.id(),
					certificate.type(), certificate.expiresOn()));
		}
		return completions;
	}
}
