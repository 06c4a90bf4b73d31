package io.renloop.payroll;

import java.util.List;
import java.util.UUID;

/**
 * Employees' pay structures, the one source of truth for pay: effective-dated versions, never overwritten. Reads
 * are within the caller's data scope (404 outside it) and audited as sensitive.
 */
public interface PayStructures {

	/** Every version of the employee's structure, newest first. */
	List<PayStructureView> history(UUID employeeId);

	/** Adds a version (PAYROLL_WRITE, audited); a version of the same day is refused (409). */
	PayStructureView change(UUID employeeId, ChangePayStructure command, String source);
}
