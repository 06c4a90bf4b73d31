package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A miner of 井下采煤一队 asks for a missing punch and proposes a shift swap from the phone page {@code /me/time};
 * both show there with their state. The lists of the API give them to the miner, to the manager of the mining
 * division and to HR, but not to a colleague of another department; the status filter narrows them; the manager's
 * page {@code /attendance/requests} lists them by name.
 */
@RenloopIntegrationTest
class TimeRequestsAreListedWithinTheCallersScopeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void theMinersRequestsShowToThemTheirManagerAndHrOnly() {
		DemoData data = new DemoData(jdbc);
		UUID miner = freeEmployeeIn("COAL-1");
		String login = loginFor(miner, "COAL-1");
		UUID partner = data.someEmployeeIn(DEMO, "COAL-2");
		BrowserSession phone = signedIn(login);

		BrowserSession.Page empty = phone.get("/me/time?lang=zh-CN");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("申请补卡", "申请调班", "id=\"swap-partner\"");

		String punch = LocalDate.now().withDayOfMonth(1).toString() + "T18:05";
		BrowserSession.Page asked = phone.postForm("/me/time/corrections",
				Map.of("at", punch, "reason", "忘记打卡", "_csrf", BrowserSession.csrfTokenOf(empty)));
		assertThat(asked.status()).isEqualTo(302);
		String date = differentShiftDay(miner, partner);
		phone.postForm("/me/time/swaps", Map.of("partnerId", partner.toString(), "date", date, "reason", "家中有事",
				"_csrf", BrowserSession.csrfTokenOf(phone.get("/me/time"))));
		BrowserSession.Page mine = phone.get("/me/time?lang=zh-CN");
		assertThat(mine.body()).contains("忘记打卡", date, "待审批").contains("class=\"list-group-item d-flex justify-content-between correction\"");

		ApiClient self = ApiClient.as(port, login);
		assertThat(ids(self.get("/api/v1/attendance/corrections").json())).hasSize(1);
		JsonNode swaps = self.get("/api/v1/attendance/shift-swaps").json();
		assertThat(swaps).hasSize(1);
		assertThat(swaps.get(0).get("partnerId").asString()).isEqualTo(partner.toString());
		assertThat(swaps.get(0).get("status").asString()).isEqualTo("PENDING");
		UUID swap = UUID.fromString(swaps.get(0).get("id").asString());

		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(manager.get("/api/v1/attendance/shift-swaps?status=PENDING").body()).contains(swap.toString());
		assertThat(hr.get("/api/v1/attendance/shift-swaps").body()).contains(swap.toString());
		assertThat(hr.get("/api/v1/attendance/shift-swaps?status=approved").body()).doesNotContain(swap.toString());
		assertThat(hr.get("/api/v1/attendance/corrections?status=PENDING").body()).contains(miner.toString());
		assertThat(manager.get("/api/v1/attendance/corrections").body()).contains(miner.toString());
		assertThat(hr.get("/api/v1/attendance/corrections?status=REJECTED&employeeId=" + miner).json()).isEmpty();

		ApiClient outsider = ApiClient.as(port, "interviewer@demo.example");
		assertThat(outsider.get("/api/v1/attendance/shift-swaps").body()).doesNotContain(swap.toString());
		assertThat(outsider.get("/api/v1/attendance/corrections").body()).doesNotContain(miner.toString());

		BrowserSession.Page team = signedIn("manager@demo.example").get("/attendance/requests?status=PENDING");
		assertThat(team.status()).isEqualTo(200);
		assertThat(team.body()).contains(data.employeeName(miner), "家中有事", "忘记打卡");
	}

	@Test
	void anUnknownStatusIsABadRequestNamingTheField() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertProblem(hr.get("/api/v1/attendance/shift-swaps?status=MAYBE"), 400);
		assertThat(hr.get("/api/v1/attendance/corrections?status=MAYBE").body()).contains("status");
	}

	/** An employee of the department without a login of their own, so that no other test's requests mix in. */
	private UUID freeEmployeeIn(String department) {
		return jdbc.queryForObject("""
				select e.id from employee.employee e join organization.department d on d.id = e.department_id
				 where e.tenant_id = ? and d.code = ? and e.status = 'ACTIVE'
				   and not exists (select 1 from platform.user_account u where u.employee_id = e.id)
				 order by random() limit 1""", UUID.class, DEMO, department);
	}

	private String loginFor(UUID employee, String department) {
		String email = TestUsers.unique("miner") + "@demo.test";
		administration.createUser(new NewUser(DEMO, email, "Test miner", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE),
				null, new DemoData(jdbc).departmentId(DEMO, department), employee));
		return email;
	}

	/** A day next month on which the two work different shifts (their teams rotate a phase apart). */
	private String differentShiftDay(UUID one, UUID other) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		LocalDate day = LocalDate.now().plusMonths(1).withDayOfMonth(1);
		for (int i = 0; i < 28; i++, day = day.plusDays(1)) {
			if (!shift(hr, one, day).equals(shift(hr, other, day))) {
				return day.toString();
			}
		}
		throw new IllegalStateException("the two teams work the same shifts all month");
	}

	private static String shift(ApiClient hr, UUID employee, LocalDate day) {
		JsonNode found = hr.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + day + "&to=" + day)
			.json()
			.get(0)
			.get("shift");
		return found == null || found.isNull() ? "-" : found.get("code").asString();
	}

	private static java.util.List<String> ids(JsonNode list) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		list.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}
}
