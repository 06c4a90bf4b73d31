package io.renloop.leave;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Employees of their own for leave tests, so that demo requests never get in the way. */
public final class LeaveFixtures {

	private LeaveFixtures() {
	}

	/**
	 * A fitter of 机电队 (office hours: the calendar's working days) hired 2020-01-02 who started work 2010-03-01 (16
	 * years of work in 2026: 10 days of annual leave),
	 * manager@demo.example's report; HR creates them.
	 */
	public static UUID newMiner(int port, DemoData data) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeNo", TestUsers.unique("LV"));
		body.put("name", "请假测试");
		body.put("departmentId", data.departmentId(DEMO, "ELEC"));
		body.put("managerId", data.employeeOfUser("manager@demo.example"));
		body.put("hireDate", "2020-01-02");
		body.put("workStartDate", "2010-03-01");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	public static Map<String, Object> request(UUID employeeId, String type, String start, String end) {
		Map<String, Object> body = new HashMap<>();
		body.put("employeeId", employeeId);
		body.put("type", type);
		body.put("start", start);
		body.put("end", end);
		return body;
	}

	public static JsonNode balance(ApiClient client, UUID employeeId, String type) {
		for (JsonNode balance : client.get("/api/v1/leave/balances?employeeId=" + employeeId).json()) {
			if (balance.get("type").asString().equals(type)) {
				return balance;
			}
		}
		throw new AssertionError("no balance " + type);
	}
}
