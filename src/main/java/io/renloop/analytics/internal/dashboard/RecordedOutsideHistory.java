package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.OutsideHistory;
import io.renloop.attendance.PeriodSummary;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.payroll.PayrollSummary;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside history through the read models' own writes ({@link ReadModelTables}), then marked as outside so that a
 * rebuild keeps it. A month's payroll cost gets a run id derived from the tenant and month, so recording the same
 * month again replaces it.
 */
@Service
@Transactional
class RecordedOutsideHistory implements OutsideHistory {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private final ReadModelTables tables;

	private final JdbcTemplate jdbc;

	private final UnitSummaries summaries;

	RecordedOutsideHistory(ReadModelTables tables, JdbcTemplate jdbc, UnitSummaries summaries) {
		this.tables = tables;
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	@Override
	public void people(List<PastEmployee> people) {
		String tenant = TenantContext.require();
		List<UUID> ids = people.stream().map(PastEmployee::employeeId).toList();
		Set<UnitSummaries.PeopleSlice> slices = summaries.peopleSlices(tenant, ids);
		tables.people(tenant, people.stream()
			.map(p -> new ReadModelTables.Person(p.employeeId(), p.employeeNo(), p.name(), p.departmentId(),
					p.positionId(), p.hireDate(), null, p.exitDate()))
			.toList());
		people.stream()
			.filter(p -> p.exitDate() != null && p.exitKind() != null)
			.forEach(p -> tables.left(tenant, new ReadModelTables.Exit(p.employeeId(), p.exitDate(), p.exitKind(),
					p.exitCause(), p.regretted(), p.reasonCodes() == null ? List.of() : p.reasonCodes())));
		mark("person_fact", "employee_id", ids.toArray(UUID[]::new));
		slices.addAll(summaries.peopleSlices(tenant, ids));
		summaries.people(tenant, slices);
		jdbc.batchUpdate("update analytics.person_fact set pay_vs_band = ? where tenant_id = ? and employee_id = ?",
				people.stream()
					.filter(p -> p.payVsBand() != null)
					.map(p -> new Object[] { p.payVsBand(), tenant, p.employeeId() })
					.toList());
	}

	@Override
	public void steps(List<PastStep> steps) {
		String tenant = TenantContext.require();
		List<UUID> ids = steps.stream().map(PastStep::employeeId).distinct().toList();
		Set<UnitSummaries.PeopleSlice> slices = summaries.peopleSlices(tenant, ids);
		for (PastStep step : steps) {
			tables.lifecycleChanged(new EmployeeLifecycleChanged(tenant, step.employeeId(),
					LifecycleChange.valueOf(step.change()), step.effectiveDate(), step.departmentId(),
					step.positionId()));
		}
		mark("lifecycle_change", "employee_id", ids.toArray(UUID[]::new));
		slices.addAll(summaries.peopleSlices(tenant, ids));
		summaries.people(tenant, slices);
		summaries.reassign(tenant, ids);
	}

	@Override
	public void attendance(YearMonth month, List<PastAttendance> rows) {
		Map<UUID, PeriodSummary> months = new LinkedHashMap<>();
		for (PastAttendance row : rows) {
			months.put(row.employeeId(), new PeriodSummary(0, 0, row.absentDays(), row.lateCount(), 0,
					row.earlyLeaveCount(), ZERO, ZERO, ZERO, new PeriodSummary.OvertimeHours(row.overtimeHours(), ZERO,
							ZERO), false, true));
		}
		tables.attendanceMonth(TenantContext.require(), month, months);
		jdbc.update("update analytics.attendance_month set outside = true where tenant_id = ? and month = ? "
				+ "and employee_id = any(?)", TenantContext.require(), Date.valueOf(month.atDay(1)),
				rows.stream().map(PastAttendance::employeeId).toArray(UUID[]::new));
		summaries.attendance(TenantContext.require(), List.of(month));
	}

	@Override
	public void payrollCost(YearMonth month, List<PastPayrollCost> costs) {
		String tenant = TenantContext.require();
		UUID run = UUID.nameUUIDFromBytes(("outside-payroll:" + tenant + ":" + month).getBytes(StandardCharsets.UTF_8));
		tables.payrollPublished(tenant, run, month.toString(), costs.stream()
			.map(c -> new PayrollSummary.Department(c.departmentId(), c.departmentName(), c.headcount(), c.gross(),
					c.employerCost(), List.of()))
			.toList());
		jdbc.update("update analytics.payroll_cost set outside = true where tenant_id = ? and run_id = ?", tenant,
				run);
	}

	@Override
	public void training(List<PastCompletion> completions) {
		String tenant = TenantContext.require();
		for (PastCompletion c : completions) {
			tables.courseCompleted(tenant, c.employeeId(), c.courseId(), c.completedOn(), c.hours());
		}
		mark("training_completion", "employee_id",
				completions.stream().map(PastCompletion::employeeId).toArray(UUID[]::new));
		summaries.training(tenant, completions.stream().map(PastCompletion::completedOn).distinct().toList());
	}

	private void mark(String table, String column, UUID[] ids) {
		jdbc.update("update analytics." + table + " set outside = true where tenant_id = ? and " + column
				+ " = any(?)", TenantContext.require(), ids);
	}
}
