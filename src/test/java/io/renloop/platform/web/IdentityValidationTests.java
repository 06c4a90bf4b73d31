package io.renloop.platform.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.Problems;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/validation/identity}: a verdict and a reason in the caller's language; a malformed request is
 * a problem; any signed-in caller may ask, whatever the token's scopes, but not an anonymous one.
 */
@RenloopIntegrationTest
class IdentityValidationTests {

	static final String PATH = "/api/v1/validation/identity";

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@ParameterizedTest(name = "{0} {1} is valid")
	@CsvSource({ "PRC_RESIDENT_ID, 11010519491231002X", "PASSPORT, EA1234567", "BANK_CARD, 6222 0210 0001 2345 673" })
	void validNumberHasNoReason(String type, String value) {
		JsonNode answer = check("en", type, value);

		assertThat(answer.get("valid").asBoolean()).isTrue();
		assertThat(answer.get("reason").isNull()).isTrue();
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@CsvSource(delimiter = '|', value = {
			"PRC_RESIDENT_ID | 110105194912310021 | en    | The resident ID check digit is wrong.",
			"PRC_RESIDENT_ID | 110105194912310021 | zh-CN | 身份证号校验码错误。",
			"PRC_RESIDENT_ID | 990105194912310023 | zh-CN | 身份证号的地区码无效。",
			"PRC_RESIDENT_ID | 110105194902300020 | en    | The resident ID contains an impossible date of birth.",
			"PASSPORT        | EAB123456          | en    | A Chinese passport number is E or G, then a letter or digit, then 7 digits (e.g. EA1234567).",
			"PASSPORT        | EAB123456          | zh-CN | 中国护照号码应为 E 或 G 开头，后接 1 位字母或数字和 7 位数字（如 EA1234567）。",
			"PASSPORT        | E1234              | zh-CN | 护照号码应为 6 到 9 位字母和数字，且至少包含一位数字。",
			"BANK_CARD       | 4111111111111112   | en    | The bank card number is mistyped: its check digit is wrong.",
			"BANK_CARD       | 4111111111111112   | zh-CN | 银行卡号有误：校验位不正确。",
			"BANK_CARD       | 41111              | zh-CN | 银行卡号应为 12 到 19 位数字。" })
	void invalidNumberHasTheReasonInTheCallersLanguage(String type, String value, String language, String reason) {
		JsonNode answer = check(language, type, value);

		assertThat(answer.get("valid").asBoolean()).isFalse();
		assertThat(answer.get("reason").asString()).isEqualTo(reason);
	}

	@Test
	void blankValueIsInvalidWithAReason() {
		assertThat(check("zh-CN", "PASSPORT", " ").get("reason").asString()).isEqualTo("请输入护照号码。");
	}

	@Test
	void unknownTypeIsAProblem() {
		assertProblem(client("en").post(PATH, Map.of("type", "DRIVING_LICENCE", "value", "123")), 400);
	}

	@Test
	void missingValueOrTypeIsAProblemNamingTheField() {
		JsonNode noValue = assertProblem(client("en").post(PATH, Map.of("type", "PASSPORT")), 400);
		assertThat(Problems.errorFields(noValue)).containsExactly("value");
		Map<String, Object> nullType = new HashMap<>();
		nullType.put("type", null);
		nullType.put("value", "EA1234567");
		assertThat(Problems.errorFields(assertProblem(client("zh-CN").post(PATH, nullType), 400))).containsExactly("type");
	}

	@Test
	void anyLoginAndAnyScopedTokenMayAskButNotAnonymousCallers() {
		for (String login : List.of("employee@demo.example", "interviewer@demo.example")) {
			assertThat(ApiClient.as(port, login).post(PATH, Map.of("type", "BANK_CARD", "value", "4111111111111111"))
				.json().get("valid").asBoolean()).isTrue();
		}
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		JsonNode issued = ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "integrator", "scopes", List.of("ORG_READ")))
			.json();
		assertThat(ApiClient.withToken(port, issued.get("token").asString())
			.post(PATH, Map.of("type", "PASSPORT", "value", "G12345678")).status()).isEqualTo(200);

		assertProblem(ApiClient.anonymous(port).post(PATH, Map.of("type", "PASSPORT", "value", "G12345678")), 401);
	}

	private JsonNode check(String language, String type, String value) {
		ApiClient.Response response = client(language).post(PATH, Map.of("type", type, "value", value));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private ApiClient client(String language) {
		return ApiClient.as(port, "hr@demo.example").inLanguage(language);
	}
}
