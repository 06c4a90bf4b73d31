package io.renloop.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The certificates a shift requires (training's certificate types, e.g. SPECIAL_OPERATION for underground work) and
 * the warnings a scheduler gets when planning someone who does not hold a valid one — warnings, not refusals: the
 * scheduler decides. What employees hold is learnt from training's events (ADR 0018), so planning works whether or
 * not training is used; an employee of whom nothing was announced holds nothing.
 */
public interface ShiftCertificates {

	/** A training certificate type's code. */
	String TYPE = "[A-Za-z0-9_-]{1,40}";

	/** The certificate types the shift requires, in code order; unknown shift: NotFoundException. */
	List<String> required(String shiftCode);

	/** The required certificate types of every shift that requires any, by shift code. */
	Map<String, List<String>> requiredByShift();

	/** Replaces the shift's required certificate types (none clears them); audited. */
	List<String> require(String shiftCode, RequiredCertificates command);

	/** The warnings for planning the shift on every day of the period for the employees; none for a day off. */
	List<CertificateWarning> forPlan(Collection<UUID> employeeIds, LocalDate from, LocalDate to, String shiftCode);

	/** The warnings for days already scheduled (by rotation or by hand), e.g. a team's month. */
	List<CertificateWarning> forSchedules(Map<UUID, List<ScheduledDay>> schedules);

	record RequiredCertificates(
			@NotNull @Size(max = 20) List<@NotBlank @Pattern(regexp = TYPE) String> certificateTypes) {
	}

	/** Why a scheduled employee should not work the shift. */
	enum Lapse {
		/** The latest certificate of the type is no longer valid on a planned day. */
		EXPIRED,
		/** No certificate of the type is known. */
		MISSING
	}

	/**
	 * One person lacking one certificate for one shift.
	 *
	 * @param expiresOn the last valid day of their latest certificate; null when missing
	 * @param firstDay the first planned day without a valid certificate
	 * @param message the warning in the reader's language
	 */
	record CertificateWarning(UUID employeeId, String employeeName, String shiftCode, String certificateType,
			Lapse status, LocalDate expiresOn, LocalDate firstDay, String message) {
	}
}
