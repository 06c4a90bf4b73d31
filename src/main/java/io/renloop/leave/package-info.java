/**
 * Leave: leave types, statutory and provincial rules as effective-dated data, balances with accrual and carry-over,
 * and leave requests approved through the workflow module. Counts working days on the employee's calendar and
 * shifts from the attendance module and tells attendance about approved absences (ADR 0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leave",
		allowedDependencies = { "shared", "platform", "organization", "employee", "workflow", "attendance" })
package io.renloop.leave;
