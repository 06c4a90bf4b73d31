package io.renloop.leave;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A new tenant starts with the defaults (national law, yearly accrual, 5 days carried over until the end of March,
 * HR above 3 days). HR moves it to 山西, monthly accrual, 2.5 days for six months and HR above 5 days: the policy
 * answers so, the leave approval chain's HR step now starts above 5 days, and the change is audited. Bad values are
 * refused naming every bad field, and nothing changes.
 */
@RenloopIntegrationTest
class LeavePolicyIsSetByHrAndDrivesTheApprovalChainTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void hrChangesThePolicyAndTheHrThresholdOfTheChain() {
		String tenant = TestUsers.createTenant(administration, "leavepolicy");
		ApiClient hr = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.HR_ADMIN));
		JsonNode defaults = hr.get("/api/v1/leave/policy").json();
		assertThat(defaults.get("province").asString()).isEqualTo("CN");
		assertThat(defaults.get("accrual").asString()).isEqualTo("YEARLY");
		assertThat(defaults.get("carryOverMaxDays").decimalValue()).isEqualByComparingTo("5");
		assertThat(defaults.get("carryOverMonths").asInt()).isEqualTo(3);
		assertThat(defaults.get("hrApprovalAboveDays").decimalValue()).isEqualByComparingTo("3");
		assertThat(defaults.get("approvalChain").asString()).isEqualTo("DEFAULT");
		assertThat(defaults.get("provinces").toString()).contains("SX", "BJ", "CN");

		ApiClient.Response changed = hr.put("/api/v1/leave/policy", policy("SX", "MONTHLY", 2.5, 6, 5));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode policy = changed.json();
		assertThat(policy.get("province").asString()).isEqualTo("SX");
		assertThat(policy.get("accrual").asString()).isEqualTo("MONTHLY");
		assertThat(policy.get("carryOverMaxDays").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(policy.get("carryOverExpiresOn").asString())
			.isEqualTo(LocalDate.of(LocalDate.now().getYear(), 6, 30).toString());
		assertThat(policy.get("hrApprovalAboveDays").decimalValue()).isEqualByComparingTo("5");
		assertThat(policy.get("approvalChain").asString()).isEqualTo("CONFIGURED");
		assertThat(hr.get("/api/v1/leave/rules").json().get("province").asString()).isEqualTo("SX");
		assertThat(hr.get("/api/v1/approvals/chains/leave").body()).contains("HR_ADMIN").contains("5");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and "
				+ "entity_type = 'LeavePolicy'", Long.class, tenant)).isEqualTo(1);
	}

	@Test
	void badValuesAreRefusedNamingEveryFieldAndNothingChanges() {
		String tenant = TestUsers.createTenant(administration, "leavepolicy");
		ApiClient hr = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.HR_ADMIN));
		JsonNode problem = assertProblem(hr.put("/api/v1/leave/policy", policy("XX", "WEEKLY", 2.3, 6, null)), 400);
		assertThat(problem.toString()).contains("province", "accrual", "carryOverMaxDays");
		assertProblem(hr.put("/api/v1/leave/policy", policy("SX", "YEARLY", 5, 13, null)), 400);
		assertThat(hr.get("/api/v1/leave/policy").json().get("province").asString()).isEqualTo("CN");
		ApiClient employee = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.EMPLOYEE));
		assertProblem(employee.put("/api/v1/leave/policy", policy("SX", "YEARLY", 5, 3, null)), 403);
	}

	private static Map<String, Object> policy(String province, String accrual, Number carried, int months,
			Number hrAbove) {
		Map<String, Object> body = new HashMap<>(Map.of("province", province, "accrual", accrual, "carryOverMaxDays",
				carried, "carryOverMonths", months));
		if (hrAbove != null) {
			body.put("hrApprovalAboveDays", hrAbove);
		}
		return body;
	}
}
