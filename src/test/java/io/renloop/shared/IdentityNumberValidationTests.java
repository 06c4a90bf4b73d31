package io.renloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resident ID (GB 11643), passport and bank card numbers (Luhn): valid numbers pass, and each invalid one fails
 * for its own reason.
 */
class IdentityNumberValidationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@ParameterizedTest(name = "{0} {1} is valid")
	@CsvSource({
			// the standard's example, the X check character in both cases
			"PRC_RESIDENT_ID, 11010519491231002X", "PRC_RESIDENT_ID, 11010519491231002x",
			"PRC_RESIDENT_ID, 440306198808151235",
			// a leap day, a Hong Kong resident's residence permit (region 81), born on the first day of 1900, today
			"PRC_RESIDENT_ID, 320102200002293417", "PRC_RESIDENT_ID, 810000199511070046",
			"PRC_RESIDENT_ID, 65010219000101456X", "PRC_RESIDENT_ID, 11010520261202001X",
			"PRC_RESIDENT_ID, ' 440306198808151235 '",
			// PRC ordinary passports (old G + 8 digits, E + 8 digits, E + letter + 7 digits), lower case typed
			"PASSPORT, G12345678", "PASSPORT, E12345678", "PASSPORT, EA1234567", "PASSPORT, ea1234567",
			// other countries: a German, a British and a Japanese number, a Hong Kong SAR passport
			"PASSPORT, C01X00T47", "PASSPORT, 123456789", "PASSPORT, TK1234567", "PASSPORT, K12345678",
			// UnionPay 19 and 16 digits, a 15-digit card, a Visa test number written in groups
			"BANK_CARD, 6222021000012345673", "BANK_CARD, 6212261002009876546", "BANK_CARD, 622848012345674",
			"BANK_CARD, 4111 1111 1111 1111", "BANK_CARD, 4111-1111-1111-1111" })
	void validNumbersPass(IdentityNumberType type, String value) {
		assertThat(type.problem(value, TODAY)).as("%s %s", type, value).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({
			"PRC_RESIDENT_ID, 11010519491231002, validation.prcId.format",
			"PRC_RESIDENT_ID, 11010519491231002X1, validation.prcId.format",
			"PRC_RESIDENT_ID, 1101051949123100X2, validation.prcId.format",
			"PRC_RESIDENT_ID, 11010519491231002Y, validation.prcId.format",
			"PRC_RESIDENT_ID, 990105194912310023, validation.prcId.region",
			"PRC_RESIDENT_ID, 000105194912310023, validation.prcId.region",
			"PRC_RESIDENT_ID, 110105194902300020, validation.prcId.birthDate",
			"PRC_RESIDENT_ID, 110105199013010025, validation.prcId.birthDate",
			"PRC_RESIDENT_ID, 110105202612030015, validation.prcId.birthDate",
			"PRC_RESIDENT_ID, 110105189912310023, validation.prcId.birthDate",
			"PRC_RESIDENT_ID, 110105194912310021, validation.prcId.checksum",
			"PRC_RESIDENT_ID, 440306198808151234, validation.prcId.checksum",
			"PRC_RESIDENT_ID, ' ', validation.prcId.required",
			"PASSPORT, E1234, validation.passport.format",
			"PASSPORT, E123456789, validation.passport.format",
			"PASSPORT, ABCDEFGH, validation.passport.format",
			"PASSPORT, E1234-678, validation.passport.format",
			"PASSPORT, E 12345678, validation.passport.format",
			"PASSPORT, EAB123456, validation.passport.prc",
			"PASSPORT, G1234567A, validation.passport.prc",
			"PASSPORT, ' ', validation.passport.required",
			"BANK_CARD, 4111111111111112, validation.bankCard.checksum",
			"BANK_CARD, 6222021000012345674, validation.bankCard.checksum",
			"BANK_CARD, 41111111111, validation.bankCard.format",
			"BANK_CARD, 62220210000123456730, validation.bankCard.format",
			"BANK_CARD, 6222O21000012345673, validation.bankCard.format",
			"BANK_CARD, ' - ', validation.bankCard.required" })
	void invalidNumbersFailForTheirReason(IdentityNumberType type, String value, String reason) {
		assertThat(type.problem(value, TODAY)).as("%s %s", type, value).contains(reason);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void missingNumbersAreRequired(String value) {
		assertThat(IdentityNumberType.PRC_RESIDENT_ID.problem(value, TODAY)).contains("validation.prcId.required");
		assertThat(IdentityNumberType.PASSPORT.problem(value, TODAY)).contains("validation.passport.required");
		assertThat(IdentityNumberType.BANK_CARD.problem(value, TODAY)).contains("validation.bankCard.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440306198808151235" })
	void residentIdTellsTheBirthDate(String value) {
		assertThat(PrcResidentId.birthDate(value)).isPresent();
		assertThat(PrcResidentId.isValid(value, TODAY)).isTrue();
	}
}
