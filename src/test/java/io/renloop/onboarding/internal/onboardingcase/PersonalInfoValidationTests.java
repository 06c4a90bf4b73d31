package io.renloop.onboarding.internal.onboardingcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.renloop.onboarding.OnboardingFixtures;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.PersonalInfo.BankAccount;
import io.renloop.onboarding.PersonalInfo.EmergencyContact;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of a new hire's information, field by field, with the message key of each problem. */
class PersonalInfoValidationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final String ID = OnboardingFixtures.residentId(LocalDate.of(1995, 3, 7));

	private static final String CARD = OnboardingFixtures.bankCard("622202123456789012");

	private static PersonalInfo info(String idType, String idNumber, LocalDate birthDate, String phone, String email,
			String card) {
		return new PersonalInfo("李明远", phone, email, idType, idNumber, birthDate, "北京市朝阳区建国路 1 号",
				new EmergencyContact("王芳", "母亲", "139-0000-1111"), new BankAccount("中国工商银行", card), List.of(),
				List.of(), List.of());
	}

	private static Map<String, String> problems(PersonalInfo info) {
		InvalidFieldsException thrown = catchThrowableOfType(InvalidFieldsException.class,
				() -> PersonalInfoValidation.check(info, TODAY));
		return thrown == null ? Map.of()
				: thrown.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
	}

	@Test
	void aCompleteFormPassesAndTheBirthDateComesFromTheId() {
		PersonalInfo valid = info("PRC_ID", ID, null, "+86 138 1234 5678", "li.mingyuan@example.com", CARD);
		assertThatCode(() -> PersonalInfoValidation.check(valid, TODAY)).doesNotThrowAnyException();
		assertThat(PersonalInfoValidation.birthDate(valid)).isEqualTo(LocalDate.of(1995, 3, 7));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "11010519950307123, validation.prcId.format", "99010519950307123X, validation.prcId.region",
			"11010519951307123X, validation.prcId.birthDate", "11010520300307123X, validation.prcId.birthDate" })
	void residentIdsAreCheckedForShapeRegionAndBirthDate(String id, String key) {
		assertThat(problems(info("PRC_ID", id, null, "13812345678", "a@example.com", CARD))).containsEntry("idNumber", key);
	}

	@Test
	void aWrongCheckCharacterIsReported() {
		String wrong = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
		assertThat(problems(info("PRC_ID", wrong, null, "13812345678", "a@example.com", CARD)))
			.containsExactly(Map.entry("idNumber", "validation.prcId.checksum"));
	}

	@Test
	void aPassportNeedsItsShapeAndABirthDate() {
		assertThat(problems(info("PASSPORT", "EA1234567", LocalDate.of(1990, 1, 1), "13812345678", "a@example.com", CARD)))
			.isEmpty();
		assertThat(problems(info("PASSPORT", "E12", null, "13812345678", "a@example.com", CARD)))
			.containsEntry("idNumber", "validation.passport.format")
			.containsEntry("birthDate", "onboarding.validation.required");
		assertThat(problems(info("DRIVING_LICENCE", ID, null, "13812345678", "a@example.com", CARD)))
			.containsEntry("idType", "onboarding.validation.idType");
	}

	@Test
	void cardsPhonesAndAddressesAreChecked() {
		String badLuhn = CARD.substring(0, CARD.length() - 1) + (CARD.endsWith("9") ? "0" : String.valueOf(
				(char) (CARD.charAt(CARD.length() - 1) + 1)));
		Map<String, String> found = problems(info("PRC_ID", ID, null, "1234567", "li@", badLuhn));
		assertThat(found).containsEntry("phone", "onboarding.validation.phone")
			.containsEntry("email", "onboarding.validation.email")
			.containsKey("bank.cardNumber")
			.doesNotContainKey("idNumber");
		assertThat(problems(info("PRC_ID", ID, null, "010-6512 3456", "a@example.com", CARD))).as("a landline").isEmpty();
	}
}
