package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rehire (issue 22): a candidate with the phone (written differently) or the e-mail of a former employee shows as
 * that former employee — in the candidate API and as a badge on the candidate page — to HR, who may read the
 * record; a recruiter without HR rights sees a plain candidate, and a current employee's phone recognizes nobody.
 */
@RenloopIntegrationTest
class FormerEmployeesAreRecognizedAmongCandidatesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReturningPersonIsRecognizedByPhoneOrEmail() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String phone = RecruitmentFixtures.uniquePhone();
		String email = TestUsers.unique("returning") + "@example.com";
		UUID former = employee(hr, phone, email);
		terminate(hr, former);
		String requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO,
				"MINING"));

		String byPhone = apply(hr, requisition, Map.of("name", "回归者", "phone", "+86 " + phone.substring(0, 3) + " "
				+ phone.substring(3), "channel", "REFERRAL", "consent", true));
		String byEmail = apply(hr, requisition, Map.of("name", "回归者", "email", email.toUpperCase(), "phone",
				RecruitmentFixtures.uniquePhone(), "channel", "BOSS", "consent", true));

		assertThat(formerEmployee(hr, byPhone)).isEqualTo(former.toString());
		assertThat(formerEmployee(hr, byEmail)).isEqualTo(former.toString());
		assertThat(page("hr@demo.example", byPhone)).contains("id=\"former-employee\"")
			.contains("/employees/" + former);
		ApiClient recruiter = ApiClient.as(port, "recruiter@demo.example");
		assertThat(formerEmployee(recruiter, byPhone)).as("a recruiter without HR rights").isNull();
		assertThat(page("recruiter@demo.example", byPhone)).contains("candidate-name").doesNotContain("former-employee");
	}

	@Test
	void aCurrentEmployeesPhoneRecognizesNobody() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String phone = RecruitmentFixtures.uniquePhone();
		employee(hr, phone, null);
		String requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO,
				"MINING"));

		String candidate = apply(hr, requisition, Map.of("name", "在职者", "phone", phone, "channel", "BOSS", "consent",
				true));

		assertThat(formerEmployee(hr, candidate)).isNull();
	}

	private UUID employee(ApiClient hr, String phone, String email) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("RH"));
		body.put("name", "回归者");
		body.put("phone", phone);
		body.put("email", email);
		body.put("departmentId", new DemoData(jdbc).departmentId(DEMO, "MINING"));
		body.put("hireDate", "2019-04-01");
		body.put("status", "ACTIVE");
		ApiClient.Response created = hr.post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static void terminate(ApiClient hr, UUID employee) {
		ApiClient.Response terminated = hr.post("/api/v1/employees/" + employee + "/lifecycle", Map.of("type",
				"TERMINATION", "effectiveDate", "2025-06-30"));
		assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
	}

	private static String apply(ApiClient client, String requisition, Map<String, Object> body) {
		ApiClient.Response applied = client.post("/api/v1/requisitions/" + requisition + "/applications", body);
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.json().get("candidateId").asString();
	}

	private String page(String login, String candidate) {
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(login, ApiClient.PASSWORD);
		return browser.get("/recruitment/candidates/" + candidate).body();
	}

	private static String formerEmployee(ApiClient client, String candidate) {
		JsonNode found = client.get("/api/v1/candidates/" + candidate).json().get("formerEmployeeId");
		return found == null || found.isNull() ? null : found.asString();
	}
}
