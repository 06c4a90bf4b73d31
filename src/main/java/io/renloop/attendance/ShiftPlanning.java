package io.renloop.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Shifts, rotations (三班倒, 四班三倒, 两班倒…) and who works them, for the current tenant; days planned by hand in
 * bulk. Every change is audited.
 */
public interface ShiftPlanning {

	String CODE = "[A-Z0-9_]{1,20}";

	List<ShiftView> shifts();

	/** Creates the shift, or changes the one with the code. */
	ShiftView saveShift(String code, SaveShift command);

	List<RotationView> rotations();

	RotationView createRotation(SaveRotation command);

	List<AssignmentView> assignments();

	/**
	 * A team (department) or an employee works a rotation from a date; an open assignment of the same target ends
	 * the day before (assignments are effective-dated).
	 */
	AssignmentView assignRotation(AssignRotation command);

	/** Plans the same shift (or a day off) for many employees on every day of a period; returns the days planned. */
	int planDays(PlanDays command);

	/**
	 * @param end at or before {@code start} means the next day
	 * @param breakMinutes unpaid breaks
	 * @param graceMinutes lateness tolerated
	 * @param flexibleMinutes how much later one may start (弹性), working as much longer
	 * @param minimumMinutes working time that completes the day, 0 for the paid time
	 */
	record ShiftView(String code, String nameZh, String nameEn, LocalTime start, LocalTime end, int breakMinutes,
			int graceMinutes, int flexibleMinutes, int minimumMinutes, int paidMinutes, boolean crossesMidnight) {
	}

	/** Minutes left out count as 0. */
	record SaveShift(@NotBlank @Size(max = 60) String nameZh, @NotBlank @Size(max = 60) String nameEn,
			@NotNull LocalTime start, @NotNull LocalTime end, @Min(0) @Max(600) Integer breakMinutes,
			@Min(0) @Max(240) Integer graceMinutes, @Min(0) @Max(480) Integer flexibleMinutes,
			@Min(0) @Max(1440) Integer minimumMinutes) {

		public SaveShift {
			breakMinutes = breakMinutes == null ? 0 : breakMinutes;
			graceMinutes = graceMinutes == null ? 0 : graceMinutes;
			flexibleMinutes = flexibleMinutes == null ? 0 : flexibleMinutes;
			minimumMinutes = minimumMinutes == null ? 0 : minimumMinutes;
		}
	}

	/** @param cycle shift codes and {@code -} for a day off, e.g. E,E,M,M,N,N,-,- */
	record RotationView(UUID id, String code, String nameZh, String nameEn, List<String> cycle, LocalDate startDate) {
	}

	record SaveRotation(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 60) String nameZh,
			@NotBlank @Size(max = 60) String nameEn, @NotEmpty @Size(max = 62) List<@NotBlank String> cycle,
			@NotNull LocalDate startDate) {
	}

	/** Exactly one of {@code departmentId} and {@code employeeId}. */
	record AssignmentView(UUID id, String rotationCode, UUID departmentId, UUID employeeId, LocalDate effectiveFrom,
			LocalDate effectiveTo, int offsetDays) {
	}

	record AssignRotation(@NotBlank String rotationCode, UUID departmentId, UUID employeeId,
			@NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @Min(0) @Max(366) Integer offsetDays) {

		public AssignRotation {
			offsetDays = offsetDays == null ? 0 : offsetDays;
		}
	}

	/** @param shiftCode null plans days off */
	record PlanDays(@NotEmpty @Size(max = 1000) List<@NotNull UUID> employeeIds, @NotNull LocalDate from,
			@NotNull LocalDate to, String shiftCode) {
	}

}
