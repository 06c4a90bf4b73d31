package io.renloop.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lifecycle timeline of employees: read by people, appended to by every module that learns something
 * about the person.
 */
public interface EmployeeTimeline {

	/** Appends a step to the employee's timeline in the current tenant. */
	TimelineEntry append(UUID employeeId, LocalDate occurredOn, String type, String source, String summary,
			Map<String, Object> details);

	/** Newest first; only for employees inside the caller's data scope. */
	List<TimelineEntry> timeline(UUID employeeId);

	/**
	 * The steps of the given types of every employee of the tenant, by employee, each employee's oldest first: one
	 * read instead of one per employee, for rebuilding read models. Only for a caller who sees the whole tenant.
	 */
	Map<UUID, List<TimelineEntry>> stepsOfEveryone(Collection<String> types);
}
