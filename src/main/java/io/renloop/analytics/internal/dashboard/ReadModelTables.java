package io.renloop.analytics.internal.dashboard;

import io.renloop.attendance.PeriodSummary;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.ExitInterviewCompleted;
import io.renloop.payroll.PayrollSummary;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationStageChanged;
import io.renloop.recruitment.RequisitionClosed;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.training.CertificateExpired;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the dashboards' read models by plain JDBC with the fact's tenant explicit. Every write is idempotent: it is an
 * upsert on the fact's natural key with values taken from the fact alone (first-reached stage times keep the earliest),
 * so the same event delivered twice, or replayed by a rebuild, leaves the same rows. Months come from the facts' own
 * dates, never from the clock.
 */
@Component
class ReadModelTables {

	/** Overtime above 36 hours a month breaks Labour Law art. 41. */
	static final BigDecimal MONTHLY_OVERTIME_LIMIT = new BigDecimal("36");

	/**
	 * An exit counts unless the person was rehired after it, whatever order the facts arrive in (a repeated delivery
	 * of the termination, a rebuild); its one parameter is the exit's date.
	 */
	private static final String NOT_REHIRED_AFTER = "not exists (select 1 from analytics.lifecycle_change r "
			+ "where r.tenant_id = person_fact.tenant_id and r.employee_id = person_fact.employee_id "
			+ "and r.change_type = 'REHIRE' and r.effective_date > ?)";

	/**
	 * A rehire (the same record, ADR 0035) un-leaves the person: employed again from the rehire date, the earlier
	 * exit and its reasons gone from the fact (they stay in the lifecycle steps); an exit after the rehire stays.
	 */
	private static final String UN_LEAVE = "update analytics.person_fact set status = 'ACTIVE', hire_date = ?, "
			+ "exit_date = null, exit_kind = null, exit_cause = null, regretted = null, reason_codes = null, "
			+ "would_return = null where tenant_id = ? and employee_id = ? and (exit_date is null or exit_date < ?)";

	private final JdbcTemplate jdbc;

	ReadModelTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A person as the employee module knows them at hire (or at a rebuild). */
	record Person(UUID employeeId, String employeeNo, String name, UUID departmentId, UUID positionId,
			LocalDate hireDate, Integer birthYear, LocalDate terminationDate) {
	}

	/** An exit as offboarding announced it. */
	record Exit(UUID employeeId, LocalDate lastDay, String kind, String cause, Boolean regretted,
			List<String> reasonCodes) {

		static Exit of(EmployeeLeft left) {
			return new Exit(left.employeeId(), left.lastDay(), left.kind().name(), left.cause().name(),
					left.regretted(), left.reasonCodes());
		}
	}

	boolean knows(String tenantId, UUID employeeId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from analytics.person_fact "
				+ "where tenant_id = ? and employee_id = ?)", Boolean.class, tenantId, employeeId));
	}

	void person(String tenantId, Person person) {
		people(tenantId, List.of(person));
	}

	/** Upserts people; a later exit (from offboarding or a termination) is kept. */
	void people(String tenantId, List<Person> people) {
		List<Object[]> rows = people.stream()
			.map(p -> new Object[] { tenantId, p.employeeId(), p.employeeNo(), p.name(), p.departmentId(),
					p.positionId(), Date.valueOf(p.hireDate()), p.birthYear(),
					p.terminationDate() == null ? "ACTIVE" : "LEFT", date(p.terminationDate()), p.departmentId() })
			.toList();
		jdbc.batchUpdate("insert into analytics.person_fact (tenant_id, employee_id, employee_no, name, department_id, "
				+ "position_id, hire_date, birth_year, status, exit_date, hire_department_id) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "on conflict (tenant_id, employee_id) do update set employee_no = excluded.employee_no, "
				+ "name = excluded.name, hire_date = excluded.hire_date, "
				+ "birth_year = coalesce(excluded.birth_year, person_fact.birth_year), "
				+ "department_id = coalesce(person_fact.department_id, excluded.department_id), "
				+ "hire_department_id = coalesce(person_fact.hire_department_id, excluded.hire_department_id), "
				+ "position_id = coalesce(person_fact.position_id, excluded.position_id), "
				+ "status = case when person_fact.exit_date is not null or excluded.exit_date is not null "
				+ "then 'LEFT' else 'ACTIVE' end, exit_date = coalesce(person_fact.exit_date, excluded.exit_date)",
				rows);
	}

	/**
	 * Keeps the step; the person's unit and position follow the latest step that names them, whatever order the
	 * steps arrive in; a termination ends the employment on its effective date.
	 */
	void lifecycleChanged(EmployeeLifecycleChanged changed) {
		lifecycleChanges(changed.tenantId(), List.of(changed));
	}

	/** Many steps at once (a rebuild): one batch of upserts, then each person's unit and position in one update. */
	void lifecycleChanges(String tenantId, List<EmployeeLifecycleChanged> steps) {
		if (steps.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into analytics.lifecycle_change (tenant_id, employee_id, change_type, effective_date, "
				+ "department_id, position_id) values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, employee_id, "
				+ "change_type, effective_date) do update set department_id = excluded.department_id, "
				+ "position_id = excluded.position_id", steps.stream()
					.map(c -> new Object[] { tenantId, c.employeeId(), c.change().name(),
							Date.valueOf(c.effectiveDate()), c.departmentId(), c.positionId() })
					.toList());
		UUID[] people = steps.stream().map(EmployeeLifecycleChanged::employeeId).distinct().toArray(UUID[]::new);
		jdbc.update("""
				update analytics.person_fact p set
				  department_id = coalesce((select c.department_id from analytics.lifecycle_change c
				    where c.tenant_id = p.tenant_id and c.employee_id = p.employee_id and c.department_id is not null
				    order by c.effective_date desc, c.change_type limit 1), p.department_id),
				  position_id = coalesce((select c.position_id from analytics.lifecycle_change c
				    where c.tenant_id = p.tenant_id and c.employee_id = p.employee_id and c.position_id is not null
				    order by c.effective_date desc, c.change_type limit 1), p.position_id)
				where p.tenant_id = ? and p.employee_id = any(?)""", tenantId, people);
		jdbc.batchUpdate("update analytics.person_fact set status = 'LEFT', exit_date = coalesce(exit_date, ?) "
				+ "where tenant_id = ? and employee_id = ? and " + NOT_REHIRED_AFTER, steps.stream()
					.filter(c -> c.change() == LifecycleChange.TERMINATION)
					.map(c -> new Object[] { Date.valueOf(c.effectiveDate()), tenantId, c.employeeId(),
							Date.valueOf(c.effectiveDate()) })
					.toList());
		jdbc.batchUpdate(UN_LEAVE, steps.stream()
			.filter(c -> c.change() == LifecycleChange.REHIRE)
			.map(c -> new Object[] { Date.valueOf(c.effectiveDate()), tenantId, c.employeeId(),
					Date.valueOf(c.effectiveDate()) })
			.toList());
	}

	/** An edit in place of the person's record; an exit already known stays. */
	void recordChanged(String tenantId, Person p) {
		jdbc.update("update analytics.person_fact f set employee_no = ?, name = ?, department_id = ?, position_id = ?, "
				+ "hire_date = ?, hire_department_id = case when exists (select 1 from analytics.lifecycle_change c "
				+ "where c.tenant_id = f.tenant_id and c.employee_id = f.employee_id and c.department_id is not null) "
				+ "then f.hire_department_id else ? end, exit_date = coalesce(f.exit_date, ?), status = case when "
				+ "coalesce(f.exit_date, ?) is null then 'ACTIVE' else 'LEFT' end where f.tenant_id = ? "
				+ "and f.employee_id = ?", p.employeeNo(), p.name(), p.departmentId(), p.positionId(),
				Date.valueOf(p.hireDate()), p.departmentId(), date(p.terminationDate()), date(p.terminationDate()),
				tenantId, p.employeeId());
	}

	/** The units people were hired into, where a later transfer tells (a rebuild). */
	void hiredInto(String tenantId, Map<UUID, UUID> units) {
		jdbc.batchUpdate("update analytics.person_fact set hire_department_id = ? where tenant_id = ? and employee_id = ?",
				units.entrySet().stream().map(u -> new Object[] { u.getValue(), tenantId, u.getKey() }).toList());
	}

	/**
	 * The exit as offboarding decided it; its last day wins over a termination step's date. Reasons already known
	 * stay: they come from the exit interview, which may be delivered before this event and says more.
	 */
	void left(String tenantId, Exit exit) {
		jdbc.update("update analytics.person_fact set status = 'LEFT', exit_date = ?, exit_kind = ?, exit_cause = ?, "
				+ "regretted = ?, reason_codes = coalesce(reason_codes, ?) where tenant_id = ? and employee_id = ? and "
				+ NOT_REHIRED_AFTER, Date.valueOf(exit.lastDay()), exit.kind(), exit.cause(), exit.regretted(),
				exit.reasonCodes().isEmpty() ? null : String.join(",", exit.reasonCodes()), tenantId,
				exit.employeeId(), Date.valueOf(exit.lastDay()));
	}

	void exitInterviewCompleted(ExitInterviewCompleted completed) {
		jdbc.update("update analytics.person_fact set reason_codes = ?, would_return = ? where tenant_id = ? "
				+ "and employee_id = ?", completed.reasonCodes().isEmpty() ? null : String.join(",",
						completed.reasonCodes()), completed.wouldReturn(), completed.tenantId(),
				completed.employeeId());
	}

	void requisitionOpened(RequisitionOpened opened) {
		jdbc.update("insert into analytics.requisition_fact (tenant_id, requisition_id, department_id, position_id, "
				+ "headcount, beyond_plan, opened_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, "
				+ "requisition_id) do update set department_id = excluded.department_id, position_id = "
				+ "excluded.position_id, headcount = excluded.headcount, beyond_plan = excluded.beyond_plan, "
				+ "opened_at = least(requisition_fact.opened_at, excluded.opened_at)", opened.tenantId(),
				opened.requisitionId(), opened.departmentId(), opened.positionId(), opened.headcount(),
				opened.beyondPlan(), time(opened.openedAt()));
		jdbc.update("update analytics.application_fact set department_id = ? where tenant_id = ? and requisition_id = ?",
				opened.departmentId(), opened.tenantId(), opened.requisitionId());
	}

	void requisitionClosed(RequisitionClosed closed) {
		jdbc.update("insert into analytics.requisition_fact (tenant_id, requisition_id, department_id, position_id, "
				+ "headcount, beyond_plan, closed_at) values (?, ?, ?, ?, 0, false, ?) on conflict (tenant_id, "
				+ "requisition_id) do update set closed_at = excluded.closed_at", closed.tenantId(),
				closed.requisitionId(), closed.departmentId(), closed.positionId(), time(closed.closedAt()));
	}

	/** An application as it arrived; its unit is the requisition's. */
	void applicationReceived(String tenantId, UUID applicationId, UUID candidateId, UUID requisitionId,
			UUID departmentId, String channel, boolean duplicate, Instant receivedAt, BigDecimal cost) {
		jdbc.update("insert into analytics.application_fact (tenant_id, application_id, candidate_id, requisition_id, "
				+ "department_id, channel, duplicate, received_at, stage, channel_cost) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?) on conflict (tenant_id, application_id) do update set "
				+ "channel = excluded.channel, duplicate = excluded.duplicate, received_at = excluded.received_at, "
				+ "department_id = coalesce(excluded.department_id, application_fact.department_id), "
				+ "channel_cost = excluded.channel_cost", tenantId, applicationId, candidateId, requisitionId,
				departmentId, channel, duplicate, time(receivedAt), cost);
	}

	boolean knowsApplication(String tenantId, UUID applicationId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from analytics.application_fact "
				+ "where tenant_id = ? and application_id = ?)", Boolean.class, tenantId, applicationId));
	}

	/** The stage reached; the first time counts, the latest change names the current stage. */
	void stageChanged(ApplicationStageChanged changed) {
		stageReached(changed.tenantId(), changed.applicationId(), changed.to(), changed.changedAt());
	}

	void stageReached(String tenantId, UUID applicationId, ApplicationStage stage, Instant at) {
		String column = switch (stage) {
			case SCREENED -> "screened_at";
			case AI_INTERVIEW -> "ai_interview_at";
			case INTERVIEWS -> "interviews_at";
			case OFFER -> "offer_at";
			case HIRED -> "hired_at";
			case REJECTED -> "rejected_at";
			case APPLIED, POOL -> null;
		};
		Timestamp when = time(at);
		if (column != null) {
			jdbc.update("update analytics.application_fact set " + column + " = least(coalesce(" + column + ", ?), ?) "
					+ "where tenant_id = ? and application_id = ?", when, when, tenantId, applicationId);
		}
		jdbc.update("update analytics.application_fact set stage = ? where tenant_id = ? and application_id = ? "
				+ "and not exists (select 1 from analytics.application_fact a where a.tenant_id = ? "
				+ "and a.application_id = ? and greatest(a.screened_at, a.ai_interview_at, a.interviews_at, a.offer_at, "
				+ "a.hired_at, a.rejected_at) > ?)", stage.name(), tenantId, applicationId, tenantId, applicationId,
				when);
	}

	/** An offer's status; a decision (ACCEPTED, DECLINED) is never overwritten by MADE. */
	void offer(String tenantId, UUID offerId, UUID applicationId, UUID requisitionId, UUID departmentId,
			UUID positionId, String status, Instant at) {
		Timestamp when = time(at);
		jdbc.update("insert into analytics.offer_fact (tenant_id, offer_id, application_id, requisition_id, "
				+ "department_id, position_id, status, made_at, accepted_at, declined_at) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, offer_id) do update set "
				+ "status = case when excluded.status = 'MADE' then offer_fact.status else excluded.status end, "
				+ "made_at = coalesce(offer_fact.made_at, excluded.made_at), "
				+ "accepted_at = coalesce(excluded.accepted_at, offer_fact.accepted_at), "
				+ "declined_at = coalesce(excluded.declined_at, offer_fact.declined_at)", tenantId, offerId,
				applicationId, requisitionId, departmentId, positionId, status, when,
				"ACCEPTED".equals(status) ? when : null, "DECLINED".equals(status) ? when : null);
	}

	/** A closed month's results per employee, in the unit each employee was in on its last day; replaces the month. */
	int attendanceMonth(String tenantId, YearMonth period, Map<UUID, PeriodSummary> summaries) {
		Date month = Date.valueOf(period.atDay(1));
		Date lastDay = Date.valueOf(period.atEndOfMonth());
		List<Object[]> rows = new ArrayList<>(summaries.size());
		summaries.forEach((employeeId, s) -> {
			BigDecimal overtime = s.overtime()
				.workdayHours()
				.add(s.overtime().restDayHours())
				.add(s.overtime().holidayHours())
				.setScale(2, RoundingMode.HALF_UP);
			int anomalies = s.lateCount() + s.earlyLeaveCount() + s.absentDays();
			rows.add(new Object[] { tenantId, month, employeeId, overtime, s.lateCount(), s.earlyLeaveCount(),
					s.absentDays(), anomalies, s.overtimeWarning() || overtime.compareTo(MONTHLY_OVERTIME_LIMIT) > 0,
					tenantId, employeeId, lastDay, tenantId, employeeId });
		});
		jdbc.batchUpdate("insert into analytics.attendance_month (tenant_id, month, employee_id, overtime_hours, "
				+ "late_count, early_leave_count, absent_days, anomalies, overtime_warning, department_id) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, " + UnitSummaries.UNIT_ON + ") on conflict (tenant_id, month, employee_id) do update set "
				+ "overtime_hours = excluded.overtime_hours, late_count = excluded.late_count, "
				+ "early_leave_count = excluded.early_leave_count, absent_days = excluded.absent_days, "
				+ "anomalies = excluded.anomalies, overtime_warning = excluded.overtime_warning, "
				+ "department_id = excluded.department_id", rows);
		return rows.size();
	}

	/** A published run's cost per department: gross, employer cost and every cost item of the payslips. */
	int payrollPublished(String tenantId, UUID runId, String period, List<PayrollSummary.Department> departments) {
		Date month = Date.valueOf(YearMonth.parse(period).atDay(1));
		List<Object[]> rows = new ArrayList<>();
		for (PayrollSummary.Department cost : departments) {
			rows.add(new Object[] { tenantId, runId, month, cost.departmentId(), "GROSS", cost.headcount(),
					cost.gross() });
			rows.add(new Object[] { tenantId, runId, month, cost.departmentId(), "EMPLOYER_COST", cost.headcount(),
					cost.employerCost() });
			for (PayrollSummary.Item item : cost.items()) {
				rows.add(new Object[] { tenantId, runId, month, cost.departmentId(), "ITEM:" + item.code(),
						cost.headcount(), item.amount() });
			}
		}
		jdbc.batchUpdate("insert into analytics.payroll_cost (tenant_id, run_id, month, department_id, item, headcount, "
				+ "amount) values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, run_id, department_id, item) do update "
				+ "set month = excluded.month, headcount = excluded.headcount, amount = excluded.amount", rows);
		return rows.size();
	}

	void courseCompleted(String tenantId, UUID employeeId, UUID courseId, LocalDate completedOn, BigDecimal hours) {
		jdbc.update("insert into analytics.training_completion (tenant_id, employee_id, course_id, completed_on, hours, "
				+ "department_id) values (?, ?, ?, ?, ?, " + UnitSummaries.UNIT_ON + ") on conflict (tenant_id, employee_id, "
				+ "course_id, completed_on) do update set hours = excluded.hours", tenantId, employeeId, courseId,
				Date.valueOf(completedOn), hours == null ? BigDecimal.ZERO : hours, tenantId, employeeId,
				Date.valueOf(completedOn), tenantId, employeeId);
	}

	void certificateExpired(CertificateExpired expired) {
		jdbc.update("insert into analytics.certificate_expiry (tenant_id, certificate_id, employee_id, certificate_type, "
				+ "expires_on, department_id) values (?, ?, ?, ?, ?, " + UnitSummaries.UNIT_ON + ") on conflict "
				+ "(tenant_id, certificate_id) do update set expires_on = excluded.expires_on, "
				+ "certificate_type = excluded.certificate_type", expired.tenantId(), expired.certificateId(),
				expired.employeeId(), expired.certificateType(), Date.valueOf(expired.expiresOn()), expired.tenantId(),
				expired.employeeId(), Date.valueOf(expired.expiresOn()), expired.tenantId(), expired.employeeId());
	}

	/**
	 * Empties the tenant's dashboard read models (performance results are kept by predictive validity), all but the
	 * outside history ({@link io.renloop.analytics.OutsideHistory}), which no module could give back.
	 */
	void clear(String tenantId) {
		for (String table : List.of("person_fact", "lifecycle_change", "attendance_month", "payroll_cost",
				"training_completion")) {
			jdbc.update("delete from analytics." + table + " where tenant_id = ? and not outside", tenantId);
		}
		for (String table : List.of("requisition_fact", "application_fact", "offer_fact", "certificate_expiry")) {
			jdbc.update("delete from analytics." + table + " where tenant_id = ?", tenantId);
		}
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static Timestamp time(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
