/**
 * Attendance: work calendars (China's official holiday arrangement with its make-up workdays), shifts and
 * rotations, schedules, clock events, daily results and the monthly close that payroll consumes. Leave is a
 * module above this one: it counts working days through {@link io.renloop.attendance.WorkSchedules} and tells this
 * module about approved absences through the {@link io.renloop.attendance.ApprovedAbsences} port (ADR 0019). Training
 * sits below: attendance learns which certificates employees hold from its events and warns a scheduler who
 * plans someone without a certificate the shift requires ({@link io.renloop.attendance.ShiftCertificates}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance",
		allowedDependencies = { "shared", "platform", "organization", "employee", "workflow", "training" })
package io.renloop.attendance;
