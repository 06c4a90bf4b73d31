package io.renloop.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The port through which attendance learns which days are covered by approved leave. The leave module sits above
 * attendance (it counts working days through {@link WorkSchedules}) and implements this port, so the dependency
 * points down and no cycle forms (ADR 0019). Attendance runs without leave when no implementation is present.
 */
public interface ApprovedAbsences {

	/** The approved (not cancelled) absences of the current tenant's employees between the dates, inclusive. */
	List<ApprovedAbsence> between(Collection<UUID> employeeIds, LocalDate from, LocalDate to);
}
