package io.renloop.analytics.internal.workforce;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Entry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Headcount per department and position of the current tenant from the employee module's directory (the whole
 * tenant, whatever the caller's scope: only counts leave it). An employee counts on the days from the hire date to the
 * termination date, both included.
 */
@Component
class Headcounts {

	private final EmployeeDirectory directory;

	Headcounts(EmployeeDirectory directory) {
		this.directory = directory;
	}

	Map<Slot, Integer> on(LocalDate day) {
		return count(directory.employedBetween(day, day), day);
	}

	/** The people of the entries employed on the day, per slot. */
	static Map<Slot, Integer> count(Collection<Entry> entries, LocalDate day) {
		Map<Slot, Integer> counts = new HashMap<>();
		for (Entry entry : entries) {
			if (entry.departmentId() != null && entry.positionId() != null && employedOn(entry, day)) {
				counts.merge(new Slot(entry.departmentId(), entry.positionId()), 1, Integer::sum);
			}
		}
		return counts;
	}

	static boolean employedOn(Entry entry, LocalDate day) {
		return !entry.hireDate().isAfter(day) && (entry.terminationDate() == null || !entry.terminationDate().isBefore(day));
	}
}
