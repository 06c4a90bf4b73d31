package io.renloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mainland mobile numbers and e-mail addresses as forms accept them. */
class ContactValidationTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "19912345678", "+8613812345678", "008613812345678", "8613812345678",
			"138 1234 5678", "+86 138-1234-5678" })
	void mobileNumbersPassAndNormalizeToElevenDigits(String value) {
		assertThat(MobilePhone.problem(value)).isEmpty();
		assertThat(MobilePhone.normalize(value).orElseThrow()).hasSize(11).startsWith("1");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "12812345678, validation.phone.format", "1381234567, validation.phone.format",
			"138123456789, validation.phone.format", "+8513812345678, validation.phone.format",
			"010-12345678, validation.phone.format", "1381234567a, validation.phone.format",
			"' ', validation.phone.required" })
	void invalidMobileNumbersFailForTheirReason(String value, String reason) {
		assertThat(MobilePhone.problem(value)).contains(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zhang.wei@example.com", "hr+offers@demo.example", "li_na@mail.sub.example.cn",
			" a@b.co " })
	void emailAddressesPass(String value) {
		assertThat(EmailAddress.problem(value)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "zhang.wei, validation.email.format", "zhang@example, validation.email.format",
			"zhang wei@example.com, validation.email.format", "zhang@@example.com, validation.email.format",
			".zhang@example.com, validation.email.format", "zhang@-example.com, validation.email.format",
			"'', validation.email.required" })
	void invalidEmailAddressesFailForTheirReason(String value, String reason) {
		assertThat(EmailAddress.problem(value)).contains(reason);
	}

	@Test
	void tooLongAddressesFail() {
		assertThat(EmailAddress.problem("a".repeat(65) + "@example.com")).contains("validation.email.format");
		String longestLabels = ("b".repeat(63) + ".").repeat(3) + "com";
		assertThat(EmailAddress.problem("a@" + longestLabels)).as("%d characters", 2 + longestLabels.length()).isEmpty();
		assertThat(EmailAddress.problem("a@" + "c".repeat(63) + "." + longestLabels)).contains("validation.email.format");
	}

	@Test
	void phonesAreMaskedToTheFirstThreeAndLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phone("+86 138 1234 5678")).isEqualTo("+86*******5678");
		assertThat(Masking.phone("12345")).isEqualTo("*****");
		assertThat(Masking.phone(null)).isNull();
	}
}
