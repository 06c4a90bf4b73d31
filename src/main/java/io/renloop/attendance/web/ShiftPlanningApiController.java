package io.renloop.attendance.web;

import io.renloop.attendance.ShiftCertificates;
import io.renloop.attendance.ShiftPlanning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shifts, rotations and their assignments; days planned in bulk. */
@RestController
@Tag(name = "Shifts and rotations", description = "Shifts (night shifts cross midnight), rotations such as 三班倒, assignments")
class ShiftPlanningApiController {

	private final ShiftPlanning planning;

	private final ShiftCertificates certificates;

	ShiftPlanningApiController(ShiftPlanning planning, ShiftCertificates certificates) {
		this.planning = planning;
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/attendance/shifts")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The tenant's shifts", description = "STD is the standard day shift worked without a rotation")
	List<ShiftPlanning.ShiftView> shifts() {
		return planning.shifts();
	}

	@PutMapping("/api/v1/attendance/shifts/{code}")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Create or change a shift", description = "Code: A–Z, 0–9, _; an end at or before the start is on the next day")
	ShiftPlanning.ShiftView saveShift(@PathVariable String code, @Valid @RequestBody ShiftPlanning.SaveShift command) {
		return planning.saveShift(code, command);
	}

	@GetMapping("/api/v1/attendance/shifts/{code}/required-certificates")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The certificates a shift requires", description = "Training's certificate type codes, e.g. "
			+ "SPECIAL_OPERATION; planning someone without a valid one answers with warnings")
	Map<String, List<String>> requiredCertificates(@PathVariable String code) {
		return Map.of("certificateTypes", certificates.required(code));
	}

	@PutMapping("/api/v1/attendance/shifts/{code}/required-certificates")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Set the certificates a shift requires", description = "`{\"certificateTypes\":[…]}` "
			+ "replaces the list (training's type codes); an empty list clears it")
	Map<String, List<String>> requireCertificates(@PathVariable String code,
			@Valid @RequestBody ShiftCertificates.RequiredCertificates command) {
		return Map.of("certificateTypes", certificates.require(code, command));
	}

	@GetMapping("/api/v1/attendance/rotations")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The tenant's rotations")
	List<ShiftPlanning.RotationView> rotations() {
		return planning.rotations();
	}

	@PostMapping("/api/v1/attendance/rotations")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a rotation", description = "A cycle of shift codes and `-` for days off, counted from the start date")
	ShiftPlanning.RotationView createRotation(@Valid @RequestBody ShiftPlanning.SaveRotation command) {
		return planning.createRotation(command);
	}

	@GetMapping("/api/v1/attendance/rotation-assignments")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Who works which rotation from when")
	List<ShiftPlanning.AssignmentView> assignments() {
		return planning.assignments();
	}

	@PostMapping("/api/v1/attendance/rotation-assignments")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign a rotation to a team or an employee", description = "Exactly one of departmentId and "
			+ "employeeId; the target's open assignment ends the day before; offsetDays moves the team along the cycle")
	ShiftPlanning.AssignmentView assign(@Valid @RequestBody ShiftPlanning.AssignRotation command) {
		return planning.assignRotation(command);
	}

	@PostMapping("/api/v1/attendance/schedule/bulk")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Plan a shift (or days off) for many employees", description = "Every day from `from` to "
			+ "`to` (at most 62 days) for up to 1,000 employees; wins over rotations; shiftCode null plans days off. "
			+ "Answers `{\"planned\",\"warnings\":[{\"employeeId\",\"employeeName\",\"shiftCode\","
			+ "\"certificateType\",\"status\":\"EXPIRED|MISSING\",\"expiresOn\",\"firstDay\",\"message\"}]}`: "
			+ "who lacks a valid certificate the shift requires (planned all the same)")
	Map<String, Object> planDays(@Valid @RequestBody ShiftPlanning.PlanDays command) {
		int planned = planning.planDays(command);
		return Map.of("planned", planned, "warnings", certificates.forPlan(command.employeeIds(), command.from(),
				command.to(), command.shiftCode()));
	}
}
