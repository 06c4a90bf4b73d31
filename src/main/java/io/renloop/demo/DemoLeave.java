package io.renloop.demo;

import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.leave.AdjustBalance;
import io.renloop.leave.Half;
import io.renloop.leave.LeaveBalances;
import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeaveRules;
import io.renloop.leave.SubmitLeave;
import io.renloop.organization.Organization;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.UserView;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the approval chains exist: demo follows 山西's leave rules, and employee@demo.example, two colleagues of
 * their team and two reports of manager@demo.example have leave in every state — approved and rejected (decided by
 * {@link DemoLeaveDecisions}), pending in the approvers' inboxes, and cancelled — plus compensatory days for weekend
 * duty. Runs once: a tenant with any leave request is left alone.
 */
@Component
@Order(3)
class DemoLeave implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLeave.class);

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final LeaveRules rules;

	private final LeaveBalances balances;

	private final LeaveRequests requests;

	private final DemoLeaveDecisions decisions;

	private final TenantTime time;

	private final WorkSchedules schedules;

	DemoLeave(RenloopProperties properties, TenantAdministration administration, Organization organization,
			Employees employees, LeaveRules rules, LeaveBalances balances, LeaveRequests requests,
			DemoLeaveDecisions decisions, TenantTime time, WorkSchedules schedules) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.rules = rules;
		this.balances = balances;
		this.requests = requests;
		this.decisions = decisions;
		this.time = time;
		this.schedules = schedules;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(DemoApprovals.TENANT).isEmpty()) {
			return;
		}
		Plan plan = SystemActor.callAs(DemoApprovals.TENANT, this::seed);
		if (plan != null) {
			decisions.decide(plan.approve(), plan.reject());
			log.info("Seeded demo leave: {} approved, {} rejected, others pending or cancelled", plan.approve().size(),
					plan.reject().size());
		}
	}

	/** The requests to decide once they are in the approvers' inboxes. */
	record Plan(List<UUID> approve, List<UUID> reject) {
	}

	private Plan seed() {
		if (!requests.list(null, null).isEmpty()) {
			log.info("Demo leave exists already");
			return null;
		}
		rules.useProvince("SX");
		LocalDate today = time.today();
		LocalDate lastMonday = today.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(2);
		LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Plan plan = new Plan(new ArrayList<>(), new ArrayList<>());
		employeeOf("employee@demo.example").ifPresent(me -> {
			List<LocalDate> before = workingDays(me, lastMonday);
			List<LocalDate> after = workingDays(me, nextMonday);
			adjust(me, "COMPENSATORY", "1", "国庆值班调休 Duty on National Day");
			submit(me, "ANNUAL", before.get(0), before.get(0), null, null, "回老家办事").ifPresent(plan.approve()::add);
			submit(me, "SICK", before.get(2), before.get(2), null, null, "感冒发烧").ifPresent(plan.reject()::add);
			submit(me, "PERSONAL", after.get(1), after.get(1), Half.PM, Half.PM, "孩子家长会");
			submit(me, "ANNUAL", after.get(3), after.get(3), null, null, "计划有变").ifPresent(id -> requests.cancel(id));
			colleagues(me, 2).forEach(colleague -> {
				List<LocalDate> theirsBefore = workingDays(colleague, lastMonday);
				List<LocalDate> theirsAfter = workingDays(colleague, nextMonday);
				submit(colleague, "ANNUAL", theirsAfter.get(0), theirsAfter.get(1), null, null, "探亲")
					.ifPresent(plan.approve()::add);
				submit(colleague, "SICK", theirsBefore.get(1), theirsBefore.get(1), null, null, "腰伤复查");
			});
		});
		employeeOf("manager@demo.example").ifPresent(manager -> reportsOf(manager, 2).forEach(report -> {
			List<LocalDate> before = workingDays(report, lastMonday);
			List<LocalDate> after = workingDays(report, nextMonday);
			submit(report, "ANNUAL", after.get(2), after.get(2), null, null, "年休");
			submit(report, "PERSONAL", before.get(3), before.get(3), Half.AM, Half.AM, "办理证件")
				.ifPresent(plan.approve()::add);
		}));
		return plan;
	}

	/**
	 * The employee's working days in the two weeks from {@code from}, on their own calendar and shifts (a miner on
	 * 三班倒 works other days than an office worker).
	 */
	private List<LocalDate> workingDays(UUID employee, LocalDate from) {
		return schedules.schedule(employee, from, from.plusDays(13))
			.stream()
			.filter(ScheduledDay::isWorking)
			.map(ScheduledDay::date)
			.toList();
	}

	private Optional<UUID> submit(UUID employee, String type, LocalDate start, LocalDate end, Half startHalf,
			Half endHalf, String reason) {
		try {
			LeaveRequestView created = requests.submit(new SubmitLeave(employee, type, start, end, startHalf, endHalf,
					null, reason));
			return Optional.of(created.id());
		}
		catch (RuntimeException refused) {
			// a demo employee hired last month has no annual leave yet: that request is simply left out
			log.debug("Demo leave {} {} for {} left out: {}", type, start, employee, refused.getMessage());
			return Optional.empty();
		}
	}

	private void adjust(UUID employee, String type, String days, String reason) {
		balances.adjust(new AdjustBalance(employee, type, new BigDecimal(days), null, reason));
	}

	private Optional<UUID> employeeOf(String login) {
		return administration.users()
			.stream()
			.filter(user -> user.email().equals(login))
			.map(UserView::employeeId)
			.filter(id -> id != null)
			.findFirst();
	}

	private List<UUID> colleagues(UUID employee, int count) {
		UUID head = organization.department(employees.get(employee).departmentId()).managerId();
		return sameDepartment(employee, id -> !id.equals(employee) && !id.equals(head), count);
	}

	private List<UUID> reportsOf(UUID manager, int count) {
		return sameDepartment(manager, id -> manager.equals(employees.get(id).managerId()), count);
	}

	/** Employees of the department (and the units below it) of the given one that pass the filter. */
	private List<UUID> sameDepartment(UUID employee, Predicate<UUID> keep, int count) {
		return employees.search(new EmployeeQuery(null, employees.get(employee).departmentId(), null, 0, 200))
			.content()
			.stream()
			.map(EmployeeSummary::id)
			.filter(keep)
			.limit(count)
			.toList();
	}
}
