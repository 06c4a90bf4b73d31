package io.renloop.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The parts of an employee's history kept on the record.
 */
public final class EmployeeRecords {

	private EmployeeRecords() {
	}

	/** A degree or course of study, e.g. 本科, 中国矿业大学, 安全工程. */
	public record Education(@NotBlank @Size(max = 200) String school, @Size(max = 40) String degree,
			@Size(max = 100) String major, LocalDate start, LocalDate end) {
	}

	/** A previous job. */
	public record WorkHistory(@NotBlank @Size(max = 200) String organization, @Size(max = 100) String title,
			LocalDate start, LocalDate end) {
	}

	/** A certificate such as 注册安全工程师, with its expiry when it has one. */
	public record Certificate(@NotBlank @Size(max = 200) String name, @Size(max = 100) String number,
			LocalDate issuedOn, LocalDate expiresOn) {

		public boolean expiredOn(LocalDate day) {
			return expiresOn != null && expiresOn.isBefore(day);
		}
	}
}
