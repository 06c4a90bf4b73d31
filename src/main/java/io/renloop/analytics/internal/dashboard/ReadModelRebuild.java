package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.ReadModels;
import io.renloop.attendance.AttendancePeriods;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The cold start of the dashboards' read models: empties the tenant's tables and refills them from the owning modules'
 * public APIs, through the same idempotent writes the event listeners use, so a rebuild gives the rows the events
 * gave. Runs as the tenant's system actor (like a listener) in one transaction: a failed rebuild leaves the old rows.
 */
@Service
class ReadModelRebuild implements ReadModels {

	/** The first day asked of the modules. */
	static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

	/** How far back closed attendance months are looked for. */
	static final int ATTENDANCE_YEARS = 5;

	private final ReadModelTables tables;

	private final EmployeeDirectory directory;

	private final PeopleHistory people;

	private final HiringHistory hiring;

	private final AttendancePeriods attendance;

	private final CostAndTrainingHistory costAndTraining;

	private final TenantTransactions inTenant;

	private final TenantTime time;

	private final AuditTrail audit;

	private final UnitSummaries summaries;

	ReadModelRebuild(ReadModelTables tables, EmployeeDirectory directory, PeopleHistory people, HiringHistory hiring,
			AttendancePeriods attendance, CostAndTrainingHistory costAndTraining, TenantTransactions inTenant,
			TenantTime time, AuditTrail audit, UnitSummaries summaries) {
		this.summaries = summaries;
		this.tables = tables;
		this.directory = directory;
		this.people = people;
		this.hiring = hiring;
		this.attendance = attendance;
		this.costAndTraining = costAndTraining;
		this.inTenant = inTenant;
		this.time = time;
		this.audit = audit;
	}

	@Override
	public long summarise() {
		String tenantId = TenantContext.require();
		long started = System.nanoTime();
		inTenant.run(tenantId, () -> summaries.all(tenantId));
		long millis = (System.nanoTime() - started) / 1_000_000;
		audit.recordChange("SUMMARISE", "AnalyticsReadModels", tenantId, null, Map.of("millis", millis));
		return millis;
	}

	@Override
	public Rebuilt rebuild() {
		String tenantId = TenantContext.require();
		long started = System.nanoTime();
		Rebuilt rebuilt = inTenant.call(tenantId, () -> {
			tables.clear(tenantId);
			List<EmployeeDirectory.Entry> everyone = directory.employedBetween(BEGINNING, LocalDate.of(9999, 12, 31));
			people.refill(tenantId, everyone);
			int applications = hiring.refill(tenantId);
			int months = attendance(tenantId);
			int payroll = costAndTraining.payroll(tenantId);
			int training = costAndTraining.training(tenantId);
			summaries.all(tenantId);
			return new Rebuilt(everyone.size(), applications, months, payroll, training,
					(System.nanoTime() - started) / 1_000_000);
		});
		audit.recordChange("REBUILD", "AnalyticsReadModels", tenantId, null,
				Map.of("people", rebuilt.people(), "applications", rebuilt.applications(), "attendanceMonths",
						rebuilt.attendanceMonths(), "payrollRows", rebuilt.payrollRows(), "trainingCompletions",
						rebuilt.trainingCompletions(), "millis", rebuilt.millis()));
		return rebuilt;
	}

	private int attendance(String tenantId) {
		int rows = 0;
		YearMonth last = YearMonth.from(time.today());
		for (YearMonth m = last.minusYears(ATTENDANCE_YEARS); !m.isAfter(last); m = m.plusMonths(1)) {
			if (attendance.isClosed(m)) {
				rows += tables.attendanceMonth(tenantId, m, attendance.closedMonth(m));
			}
		}
		return rows;
	}
}
