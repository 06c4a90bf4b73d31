package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.shared.BankCardNumber;
import io.renloop.shared.PassportNumber;
import io.renloop.shared.PrcResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a new hire's information before anything is saved: required parts, the PRC resident ID (format, region,
 * birth date, GB 11643 check character) or passport number, the bank card (Luhn), phone numbers and the e-mail.
 */
final class PersonalInfoValidation {

	static final String PRC_ID = "PRC_ID";

	static final String PASSPORT = "PASSPORT";

	/** A mainland mobile number, optionally with +86, or a landline with area code; spaces and hyphens aside. */
	private static final Pattern PHONE = Pattern.compile("(\\+?86)?(1[3-9]\\d{9}|0\\d{9,11})");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private PersonalInfoValidation() {
	}

	/** @throws InvalidFieldsException with one entry per invalid field */
	static void check(PersonalInfo info, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "name", info.name());
		phone(problems, "phone", info.phone());
		if (blank(info.email())) {
			problems.add(new FieldProblem("email", "onboarding.validation.required"));
		}
		else if (!EMAIL.matcher(info.email().strip()).matches()) {
			problems.add(new FieldProblem("email", "onboarding.validation.email"));
		}
		identity(problems, info, today);
		required(problems, "address", info.address());
		if (info.emergencyContact() == null) {
			problems.add(new FieldProblem("emergencyContact", "onboarding.validation.required"));
		}
		else {
			required(problems, "emergencyContact.name", info.emergencyContact().name());
			required(problems, "emergencyContact.relation", info.emergencyContact().relation());
			phone(problems, "emergencyContact.phone", info.emergencyContact().phone());
		}
		if (info.bank() == null) {
			problems.add(new FieldProblem("bank", "onboarding.validation.required"));
		}
		else {
			required(problems, "bank.bankName", info.bank().bankName());
			BankCardNumber.problem(info.bank().cardNumber())
				.ifPresent(key -> problems.add(new FieldProblem("bank.cardNumber", key)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	/** The birth date: read from a PRC resident ID, else as given. */
	static LocalDate birthDate(PersonalInfo info) {
		if (PRC_ID.equals(idType(info))) {
			return PrcResidentId.birthDate(info.idNumber()).orElse(info.birthDate());
		}
		return info.birthDate();
	}

	static String idType(PersonalInfo info) {
		return blank(info.idType()) ? PRC_ID : info.idType().strip();
	}

	private static void identity(List<FieldProblem> problems, PersonalInfo info, LocalDate today) {
		String type = idType(info);
		Optional<String> problem = switch (type) {
			case PRC_ID -> PrcResidentId.problem(info.idNumber() == null ? null : info.idNumber().strip(), today);
			case PASSPORT -> PassportNumber.problem(info.idNumber());
			default -> {
				problems.add(new FieldProblem("idType", "onboarding.validation.idType"));
				yield Optional.empty();
			}
		};
		problem.ifPresent(key -> problems.add(new FieldProblem("idNumber", key)));
		if (PASSPORT.equals(type) && info.birthDate() == null) {
			problems.add(new FieldProblem("birthDate", "onboarding.validation.required"));
		}
	}

	private static void phone(List<FieldProblem> problems, String field, String value) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "onboarding.validation.required"));
		}
		else if (!PHONE.matcher(value.replaceAll("[\\s-]", "")).matches()) {
			problems.add(new FieldProblem(field, "onboarding.validation.phone"));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "onboarding.validation.required"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
