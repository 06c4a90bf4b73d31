package io.renloop.employee;

/** Where an employee stands. */
public enum EmployeeStatus {
	PROBATION, ACTIVE, ON_LEAVE, TERMINATED
}
