package io.renloop.payroll;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The income tax calculator of the API: the cumulative withholding of a year's months and the separately taxed
 * annual bonus, in yuan with two decimals; bad figures are field errors in the caller's language, never a 500.
 */
@RenloopIntegrationTest
class TaxCalculatorApiAnswersToTheFenAndRefusesBadFiguresTests {

	static final String WITHHOLDING = "/api/v1/payroll/tax/cumulative-withholding";

	static final String BONUS = "/api/v1/payroll/tax/annual-bonus";

	static final String HAN = ".*\\p{IsHan}.*";

	static final Pattern WITHHELD = Pattern.compile("\"withheld\":([0-9.]+)");

	static final Map<String, Object> EXAMPLE_MONTH = Map.of("income", 30000, "socialInsurance", 4500,
			"specialAdditionalDeductions", 2000, "otherDeductions", 0);

	@LocalServerPort
	int port;

	@Test
	void theTaxAuthoritysExampleWithholdsTheSameTwelveAmounts() {
		ApiClient.Response answer = ApiClient.as(port, "employee@demo.example")
			.post(WITHHOLDING, Map.of("months", Collections.nCopies(12, EXAMPLE_MONTH)));

		assertThat(answer.status()).isEqualTo(200);
		// from the text: a parsed JSON number would lose the trailing zeros
		assertThat(WITHHELD.matcher(answer.body()).results().map(m -> m.group(1)))
			.containsExactly("555.00", "625.00", "1850.00", "1850.00", "1850.00", "1850.00", "1850.00", "2250.00",
					"3700.00", "3700.00", "3700.00", "3700.00");
	}

	@Test
	void amountsAreJsonNumbersWithTwoDecimals() {
		String body = ApiClient.as(port, "employee@demo.example")
			.post(WITHHOLDING, Map.of("months", List.of(EXAMPLE_MONTH)))
			.body();

		assertThat(body).contains("\"cumulativeIncome\":30000.00", "\"cumulativeTaxableIncome\":18500.00",
				"\"rate\":0.03", "\"quickDeduction\":0.00", "\"cumulativeTax\":555.00", "\"withheld\":555.00");
	}

	@Test
	void amountsMayBeSentAsText() {
		String body = ApiClient.as(port, "employee@demo.example")
			.post(WITHHOLDING, "{\"months\": [{\"income\": \"30000.00\", \"socialInsurance\": \"4500\", "
					+ "\"specialAdditionalDeductions\": \"2000.00\", \"otherDeductions\": \"0\"}]}")
			.body();

		assertThat(body).contains("\"withheld\":555.00");
	}

	@Test
	void aBonusJustAboveALimitWarnsOfTheCliff() {
		String body = ApiClient.as(port, "employee@demo.example").post(BONUS, Map.of("bonus", "36001")).body();

		assertThat(body).contains("\"tax\":3390.10", "\"rate\":0.10", "\"quickDeduction\":210.00",
				"\"cliff\":2309.10");
	}

	@Test
	void aBonusAtALimitHasNoCliff() {
		ApiClient.Response answer = ApiClient.as(port, "employee@demo.example").post(BONUS, Map.of("bonus", 36000));

		assertThat(answer.body()).contains("\"tax\":1080.00");
		assertThat(answer.json().get("cliff").isNull()).isTrue();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', value = {
			"en    | {\"bonus\": -1}         | Enter an amount from 0 to 9,999,999,999.99 yuan, with at most two decimals.",
			"zh-CN | {\"bonus\": 1000.001}   | 请输入 0 至 9,999,999,999.99 元之间的金额，最多两位小数。",
			"en    | {\"bonus\": 1e20}       | Enter an amount from 0 to 9,999,999,999.99 yuan, with at most two decimals.",
			"zh-CN | {\"bonus\": \"-0.5\"}   | 请输入 0 至 9,999,999,999.99 元之间的金额，最多两位小数。" })
	void aBonusOutOfBoundsIsOneTranslatedFieldError(String language, String body, String message) {
		JsonNode problem = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage(language)
			.post(BONUS, body), 400);

		assertThat(errorFields(problem)).containsExactly("bonus");
		assertThat(errorMessage(problem, "bonus")).isEqualTo(message);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"{\"months\": [{\"income\": 30000, \"socialInsurance\": 4500, \"specialAdditionalDeductions\": 2000}]} | months[0].otherDeductions",
			"{\"months\": [{\"income\": -1, \"socialInsurance\": 0, \"specialAdditionalDeductions\": 0, \"otherDeductions\": 0}]} | months[0].income",
			"{\"months\": [{\"income\": 1, \"socialInsurance\": 0.001, \"specialAdditionalDeductions\": 0, \"otherDeductions\": 0}]} | months[0].socialInsurance",
			"{\"months\": [{\"income\": 1, \"socialInsurance\": 0, \"specialAdditionalDeductions\": 10000000, \"otherDeductions\": 0}]} | months[0].specialAdditionalDeductions",
			"{\"months\": [{\"income\": 1e1000000, \"socialInsurance\": 0, \"specialAdditionalDeductions\": 0, \"otherDeductions\": 0}]} | months[0].income",
			"{\"months\": [{\"income\": \"三万\", \"socialInsurance\": 0, \"specialAdditionalDeductions\": 0, \"otherDeductions\": 0}]} | months[0].income",
			"{\"months\": [{\"income\": true, \"socialInsurance\": 0, \"specialAdditionalDeductions\": 0, \"otherDeductions\": 0}]} | months[0].income",
			"{\"months\": [null]} | months[0]",
			"{\"months\": []} | months",
			"{} | months",
			"{\"bonus\": \"abc\"} | bonus" })
	void badFiguresAreFieldErrorsInBothLanguages(String body, String field) {
		String path = field.startsWith("bonus") ? BONUS : WITHHOLDING;

		JsonNode english = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage("en").post(path, body), 400);
		JsonNode chinese = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage("zh-CN").post(path, body), 400);

		assertThat(errorFields(english)).containsExactly(field);
		assertThat(errorMessage(english, field)).isNotBlank().doesNotMatch(HAN);
		assertThat(errorFields(chinese)).containsExactly(field);
		assertThat(errorMessage(chinese, field)).matches(HAN);
	}

	@Test
	void aThirteenthMonthIsAFieldErrorInBothLanguages() {
		Map<String, Object> thirteen = Map.of("months", Collections.nCopies(13, EXAMPLE_MONTH));

		JsonNode english = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage("en")
			.post(WITHHOLDING, thirteen), 400);
		JsonNode chinese = assertProblem(ApiClient.as(port, "employee@demo.example").inLanguage("zh-CN")
			.post(WITHHOLDING, thirteen), 400);

		assertThat(errorMessage(english, "months"))
			.isEqualTo("Send the months employed at this employer this year: 1 to 12 months.");
		assertThat(errorMessage(chinese, "months")).isEqualTo("请提供本年度在本单位任职的各月：1 至 12 个月。");
	}

	@Test
	void aBodyThatIsNotJsonIsAProblem() {
		assertProblem(ApiClient.as(port, "employee@demo.example").post(BONUS, "bonus=36000"), 400);
	}

	@Test
	void anonymousCallersMustSignIn() {
		assertThat(ApiClient.anonymous(port).post(BONUS, Map.of("bonus", 36000)).status()).isEqualTo(401);
	}
}
