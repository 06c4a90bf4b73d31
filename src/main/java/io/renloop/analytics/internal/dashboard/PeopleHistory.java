package io.renloop.analytics.internal.dashboard;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.TimelineEntry;
import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ExitInterviewCompleted;
import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import io.renloop.offboarding.OffboardingViews.ExitInterviewView;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Refills the people facts for a rebuild: everyone the employee directory knows, their lifecycle steps from the
 * employee timeline (the unit and position after a transfer or promotion named on the step, else the current ones;
 * the unit before the first transfer is the one they were hired into) and the exits of the offboarding cases that
 * ended, with their exit interviews.
 */
@Component
class PeopleHistory {

	/** Employees read between two clearings of the rebuild's persistence context. */
	static final int SESSION_BATCH = 500;

	private static final Set<String> STEPS = Arrays.stream(LifecycleChange.values())
		.map(Enum::name)
		.collect(Collectors.toSet());

	private final ReadModelTables tables;

	private final EmployeeTimeline timeline;

	private final OffboardingCases cases;

	private final ExitInterviews interviews;

	private final Organization organization;

	private final RebuildSession session;

	private final EmployeeDirectory directory;

	PeopleHistory(ReadModelTables tables, EmployeeTimeline timeline, OffboardingCases cases,
			ExitInterviews interviews, Organization organization, RebuildSession session, EmployeeDirectory directory) {
		this.tables = tables;
		this.timeline = timeline;
		this.cases = cases;
		this.interviews = interviews;
		this.organization = organization;
		this.session = session;
		this.directory = directory;
	}

	void refill(String tenantId, List<EmployeeDirectory.Entry> everyone) {
		Map<UUID, Integer> birthYears = directory.birthYearsOf(everyone.stream().map(EmployeeDirectory.Entry::id)
			.toList());
		tables.people(tenantId, everyone.stream()
			.map(e -> new ReadModelTables.Person(e.id(), e.employeeNo(), e.name(), e.departmentId(), e.positionId(),
					e.hireDate(), birthYears.get(e.id()), e.terminationDate()))
			.toList());
		Map<String, UUID> departments = unique(organization.departments(), DepartmentView::name, DepartmentView::id);
		Map<String, UUID> positions = unique(organization.positions(), PositionView::name, PositionView::id);
		Map<UUID, List<TimelineEntry>> stepsOfEveryone = timeline.stepsOfEveryone(STEPS);
		session.forgetLoaded();
		List<EmployeeLifecycleChanged> changes = new ArrayList<>();
		Map<UUID, UUID> hiredInto = new HashMap<>();
		for (EmployeeDirectory.Entry e : everyone) {
			for (TimelineEntry step : stepsOfEveryone.getOrDefault(e.id(), List.of())) {
				UUID before = departments.get(String.valueOf(step.details().get("fromDepartment")));
				if (before != null) {
					hiredInto.putIfAbsent(e.id(), before);
				}
				UUID department = departments.getOrDefault(String.valueOf(step.details().get("toDepartment")),
						e.departmentId());
				UUID position = positions.getOrDefault(String.valueOf(step.details().get("toPosition")),
						e.positionId());
				changes.add(new EmployeeLifecycleChanged(tenantId, e.id(), LifecycleChange.valueOf(step.type()),
						step.occurredOn(), department, position));
			}
		}
		tables.lifecycleChanges(tenantId, changes);
		tables.hiredInto(tenantId, hiredInto);
		for (CaseSummary left : cases.list(CaseStatus.LEFT)) {
			exit(tenantId, cases.get(left.id()));
		}
	}

	private void exit(String tenantId, CaseDetails left) {
		ExitInterviewView answers = left.exitInterviewDone() ? interviews.answers(left.id()) : null;
		List<String> reasons = answers == null ? List.of() : answers.reasonCodes();
		tables.left(tenantId, new ReadModelTables.Exit(left.employeeId(), left.lastDay(), left.kind().attrition().name(),
				left.kind().name(), left.rehire() == null ? null : left.rehire().regretted(), reasons));
		if (answers != null) {
			tables.exitInterviewCompleted(new ExitInterviewCompleted(tenantId, left.employeeId(), left.id(), reasons,
					answers.wouldReturn()));
		}
	}

	/** Name → id where the name is unique (a name two units share cannot be told apart). */
	private static <T> Map<String, UUID> unique(List<T> all, Function<T, String> name, Function<T, UUID> id) {
		return all.stream()
			.collect(Collectors.groupingBy(name))
			.entrySet()
			.stream()
			.filter(group -> group.getValue().size() == 1)
			.collect(Collectors.toMap(Map.Entry::getKey, group -> id.apply(group.getValue().get(0))));
	}
}
