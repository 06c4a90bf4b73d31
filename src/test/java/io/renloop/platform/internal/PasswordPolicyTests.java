package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.load());

	@Test
	void shipsTheTenThousandMostCommonPasswords() {
		assertThat(CommonPasswords.load().size()).isGreaterThanOrEqualTo(10_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Renloop#2026", "Granite-orbit-2026", "correct horse battery staple", "煤矿安全生产第一条守则是" })
	void acceptsPasswordsThatBreakNoRule(String password) {
		assertThat(problem(password)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "PASSWORD1234", "Password#2026!", "P@ssw0rd2026", "2026qwertyuiop",
			"1qaz2wsx3edc", "iloveyou1234", "Woaini1314!!", "Sunshine2026$" })
	void refusesCommonPasswordsInAnyCaseWithDigitsOrSymbolsAroundThemOrLookAlikes(String password) {
		assertThat(problem(password)).map(FieldProblem::messageKey).contains("error.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "abababababab", "123123123123", "abcdefghijklm", "9876543210987", "34567890123456" })
	void refusesRepeatedOrSequentialRuns(String password) {
		assertThat(problem(password)).map(FieldProblem::messageKey).contains("error.password.run");
	}

	@Test
	void refusesTheUsersNameAndTheNamePartOfTheirEmail() {
		assertThat(POLICY.problem("password", "Zhangsan-Orbit-77", "Zhang San", "someone@example.com"))
			.map(FieldProblem::messageKey)
			.contains("error.password.personal");
		assertThat(POLICY.problem("password", "granite.li-orbit", "Li Wei", "granite.li@example.com"))
			.map(FieldProblem::messageKey)
			.contains("error.password.personal");
		assertThat(POLICY.problem("password", "张伟的煤矿安全生产口令牌", "张伟", "zw@example.com"))
			.map(FieldProblem::messageKey)
			.contains("error.password.personal");
	}

	@Test
	void shortNamePartsAreNotForbiddenEverywhere() {
		assertThat(POLICY.problem("password", "Reliable#Horse2026", "Li", "li@example.com")).isEmpty();
	}

	@Test
	void aNameThatIsAnEmailAddressForbidsItsNamePartOnly() {
		assertThat(POLICY.problem("password", "Compass-river-2026", "admin@corp.com", "admin@corp.com")).isEmpty();
		assertThat(POLICY.problem("password", "Compass-admin-2026", "admin@corp.com", "admin@corp.com"))
			.map(FieldProblem::messageKey)
			.contains("error.password.personal");
	}

	@Test
	void needsTwelveCharacters() {
		assertThat(problem("Xk#9vq!2Lm7")).map(FieldProblem::messageKey).contains("error.password.tooShort");
		assertThat(problem("Xk#9vq!2Lm7z")).isEmpty();
	}

	@Test
	void allowsSeventyTwoBytesInUtf8AndNoMore() {
		String latin72 = "Xk#9vq!2Lm7z".repeat(6);
		assertThat(problem(latin72)).isEmpty();
		assertThat(problem(latin72 + "a")).map(FieldProblem::messageKey).contains("error.password.tooLong");
		String chinese24 = "煤矿安全生产第一条守则是按规程作业不违章指挥也不冒险蛮干".substring(0, 24);
		assertThat(problem(chinese24)).isEmpty();
		assertThat(problem(chinese24 + "井")).as("25 Chinese characters are 75 bytes")
			.map(FieldProblem::messageKey)
			.contains("error.password.tooLong");
	}

	@Test
	void namesTheFieldThatCarriedThePassword() {
		assertThat(POLICY.problem("newPassword", "password1234", null, null)).map(FieldProblem::field).contains("newPassword");
	}

	private static Optional<FieldProblem> problem(String password) {
		return POLICY.problem("password", password, "Test User", "test.user@example.com");
	}
}
