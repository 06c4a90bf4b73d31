package io.renloop.leave;

import java.util.UUID;

/** Sick leave as payroll and HR follow it. */
public interface SickLeave {

	/** The employee's medical period today; 404 outside the caller's scope. */
	MedicalPeriodView medicalPeriod(UUID employeeId);
}
