package io.renloop.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a new hire confirms or adds on the phone: contact details pre-filled from the candidacy, the identity
 * document, address, emergency contact, salary account and the education, work history and certificates taken
 * from the parsed resume. The birth date of a PRC resident ID is read from the number.
 *
 * @param idType {@code PRC_ID} (居民身份证) or {@code PASSPORT}
 * @param birthDate the birth date; derived from a PRC resident ID, required with a passport
 */
public record PersonalInfo(@Size(max = 100) String name, @Size(max = 40) String phone, @Size(max = 254) String email,
		@Size(max = 20) String idType, @Size(max = 18) String idNumber, LocalDate birthDate,
		@Size(max = 300) String address, @Valid EmergencyContact emergencyContact, @Valid BankAccount bank,
		List<@Valid Education> education, List<@Valid WorkHistory> workHistory,
		List<@Valid Certificate> certificates) {

	public PersonalInfo {
		education = education == null ? List.of() : List.copyOf(education);
		workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
		certificates = certificates == null ? List.of() : List.copyOf(certificates);
	}

	/** Whom to call in an emergency. */
	public record EmergencyContact(@Size(max = 100) String name, @Size(max = 40) String relation,
			@Size(max = 40) String phone) {
	}

	/** The salary account. */
	public record BankAccount(@Size(max = 100) String bankName, @Size(max = 40) String cardNumber) {
	}

	/** A school attended; dates {@code yyyy-MM} or {@code yyyy} as in the resume. */
	public record Education(@Size(max = 200) String school, @Size(max = 40) String degree,
			@Size(max = 100) String major, @Size(max = 10) String start, @Size(max = 10) String end,
			@Size(max = 100) String certificateNumber) {
	}

	/** A previous position. */
	public record WorkHistory(@Size(max = 200) String organization, @Size(max = 100) String title,
			@Size(max = 10) String start, @Size(max = 10) String end) {
	}

	/** A certificate or licence. */
	public record Certificate(@Size(max = 200) String name, @Size(max = 100) String number) {
	}
}
