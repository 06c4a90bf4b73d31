package io.renloop.employee.internal;

import io.renloop.employee.PersonalData;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.shared.Masking;
import io.renloop.shared.PrcResidentId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Validates, seals, opens and masks the personal data of employee records.
 */
@Component
class PersonalDataVault {

	private final PersonalDataCipher cipher;

	private final Clock clock;

	PersonalDataVault(PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Field problems of the given plain values; masked values (sent back unchanged) are skipped. */
	List<FieldProblem> problems(String idNumber, String bankAccount, LocalDate birthDate) {
		List<FieldProblem> problems = new ArrayList<>();
		if (isNew(idNumber)) {
			PrcResidentId.problem(idNumber.toUpperCase(), LocalDate.now(clock))
				.ifPresent(key -> problems.add(new FieldProblem("idNumber", key)));
			if (problems.isEmpty() && birthDate != null
					&& !PrcResidentId.birthDate(idNumber).map(birthDate::equals).orElse(true)) {
				problems.add(new FieldProblem("birthDate", "validation.birthDate.mismatch"));
			}
		}
		if (isNew(bankAccount) && !bankAccount.replace(" ", "").matches("\\d{10,30}")) {
			problems.add(new FieldProblem("bankAccount", "validation.bankAccount.format"));
		}
		return problems;
	}

	void check(String idNumber, String bankAccount, LocalDate birthDate) {
		List<FieldProblem> problems = problems(idNumber, bankAccount, birthDate);
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	/** Seals the new values; null or masked inputs keep what the employee already had. */
	void seal(Employee employee, String idNumber, String bankAccount, LocalDate birthDate, String address) {
		LocalDate birth = birthDate;
		if (birth == null && isNew(idNumber)) {
			birth = PrcResidentId.birthDate(idNumber).orElse(null);
		}
		employee.sealPersonalData(isNew(idNumber) ? cipher.encrypt(idNumber.toUpperCase()) : employee.idNumber(),
				isNew(bankAccount) ? cipher.encrypt(bankAccount.replace(" ", "")) : employee.bankAccount(),
				birth != null ? cipher.encrypt(birth.toString()) : employee.birthDate(),
				isNew(address) ? cipher.encrypt(address) : employee.address());
	}


	PersonalData masked(Employee employee) {
		return new PersonalData(Masking.idNumber(cipher.decrypt(employee.idNumber())),
				Masking.bankAccount(cipher.decrypt(employee.bankAccount())), Masking.hidden(employee.birthDate()),
				Masking.hidden(employee.address()), Masking.phone(employee.phone()), true);
	}

	PersonalData revealed(Employee employee) {
		return new PersonalData(cipher.decrypt(employee.idNumber()), cipher.decrypt(employee.bankAccount()),
				cipher.decrypt(employee.birthDate()), cipher.decrypt(employee.address()), employee.phone(), false);
	}

	/** The phone to store: a masked one, sent back as it was shown, keeps the stored number. */
	String phone(Employee employee, String phone) {
		return phone != null && phone.contains("*") ? employee.phone() : phone;
	}

	private static boolean isNew(String value) {
		return value != null && !value.isBlank() && !value.contains("*");
	}
}
