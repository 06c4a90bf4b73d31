package io.renloop.platform;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every way a password is set follows one policy after NIST SP 800-63B: no common password or simple variant of
 * one, nothing of the user's own name, and no more than the 72 bytes BCrypt reads, each refusal a field error in the
 * caller's language.
 */
@RenloopIntegrationTest
class PasswordsFollowTheNistPolicyTests {

	@LocalServerPort
	int port;

	@Test
	void aCommonPasswordIsRefusedWithAFieldErrorInBothLanguages() {
		JsonNode english = assertProblem(admin("en").post("/api/v1/users", newUser("Password#2026!")), 400);
		assertThat(errorFields(english)).containsExactly("password");
		assertThat(errorMessage(english, "password")).contains("most common passwords");

		JsonNode chinese = assertProblem(admin("zh-CN").post("/api/v1/users", newUser("Password#2026!")), 400);
		assertThat(errorMessage(chinese, "password")).contains("最常见的密码");
	}

	@Test
	void aPasswordWithTheUsersNameIsRefused() {
		Map<String, Object> user = newUser("Granite-orbit-2026");
		user.put("displayName", "Granite Orbit");
		JsonNode problem = assertProblem(admin("en").post("/api/v1/users", user), 400);
		assertThat(errorMessage(problem, "password")).contains("name");
	}

	@Test
	void moreThanSeventyTwoBytesIsAFieldErrorNotAGenericRefusal() {
		String chinese25 = "煤矿安全生产第一条守则是按规程作业不违章指挥也不冒险蛮干".substring(0, 25);
		assertThat(chinese25).hasSize(25);
		JsonNode english = assertProblem(admin("en").post("/api/v1/users", newUser(chinese25)), 400);
		assertThat(errorFields(english)).containsExactly("password");
		assertThat(errorMessage(english, "password")).contains("72 bytes");
		JsonNode chinese = assertProblem(admin("zh-CN").post("/api/v1/users", newUser("Xk#9vq!2Lm7z".repeat(6) + "!")), 400);
		assertThat(errorMessage(chinese, "password")).contains("72 个字节");
	}

	@Test
	void seventyTwoBytesAreAcceptedAndSignInWithAllOfThem() {
		String password = "Xk#9vq!2Lm7z".repeat(6);
		Map<String, Object> user = newUser(password);
		ApiClient.Response created = admin("en").post("/api/v1/users", user);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(ApiClient.withBasic(port, (String) user.get("email"), password)
			.post("/api/v1/auth/tokens", Map.of("name", "long password"))
			.status()).isEqualTo(201);
	}

	@Test
	void anAdministratorsNewPasswordForAUserFollowsTheSamePolicy() {
		ApiClient.Response created = admin("en").post("/api/v1/users", newUser("Granite-orbit-2026"));
		String path = "/api/v1/users/" + created.json().get("id").asString() + "/password";
		JsonNode problem = assertProblem(admin("en").put(path, Map.of("password", "qwertyuiop2026")), 400);
		assertThat(errorFields(problem)).containsExactly("password");
		assertThat(admin("en").put(path, Map.of("password", "Basalt-comet-2027")).status()).isEqualTo(200);
	}

	private ApiClient admin(String language) {
		return ApiClient.as(port, "admin@demo.example").inLanguage(language);
	}

	private static Map<String, Object> newUser(String password) {
		return new HashMap<>(Map.of("email", TestUsers.unique("policy") + "@demo.example", "displayName",
				"Policy Probe", "password", password, "roles", List.of("EMPLOYEE")));
	}
}
