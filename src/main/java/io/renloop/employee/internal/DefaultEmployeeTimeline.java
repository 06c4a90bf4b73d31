package io.renloop.employee.internal;

import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.TimelineEntry;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultEmployeeTimeline implements EmployeeTimeline {

	private final TimelineEvents events;

	private final EmployeeRepository employees;

	private final ScopedAccess scope;

	private final EmployeeHistoryJson json;

	private final Clock clock;

	DefaultEmployeeTimeline(TimelineEvents events, EmployeeRepository employees, ScopedAccess scope,
			EmployeeHistoryJson json, Clock clock) {
		this.events = events;
		this.employees = employees;
		this.scope = scope;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public TimelineEntry append(UUID employeeId, LocalDate occurredOn, String type, String source, String summary,
			Map<String, Object> details) {
		if (employees.findById(employeeId).isEmpty()) {
			throw new NotFoundException("Employee", employeeId);
		}
		String actor = CurrentUser.find().map(CurrentUser::email).orElse("system");
		TimelineEvent event = events.save(new TimelineEvent(employeeId, occurredOn, clock.instant(), type, source,
				summary, json.write(details == null ? Map.of() : details), actor));
		return view(event);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(UUID employeeId) {
		employees.findOne(scope.restriction().and((root, q, cb) -> cb.equal(root.get("id"), employeeId)))
			.orElseThrow(() -> new NotFoundException("Employee", employeeId));
		return events.findByEmployeeIdOrderByOccurredOnDescRecordedAtDesc(employeeId).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, List<TimelineEntry>> stepsOfEveryone(Collection<String> types) {
		if (CurrentUser.require().dataScope() != DataScope.TENANT) {
			throw new AccessDeniedException("the steps of everyone need the whole tenant in scope");
		}
		Map<UUID, List<TimelineEntry>> steps = new LinkedHashMap<>();
		for (TimelineEvent e : events.findByTypeInOrderByOccurredOnAscRecordedAtAsc(types)) {
			steps.computeIfAbsent(e.employeeId(), id -> new ArrayList<>()).add(view(e));
		}
		return steps;
	}

	private TimelineEntry view(TimelineEvent e) {
		return new TimelineEntry(e.id(), e.occurredOn(), e.type(), e.source(), e.summary(), json.map(e.details()),
				e.recordedAt(), e.recordedBy());
	}
}
