package io.renloop.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.Approvals;
import io.renloop.support.Eventually;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A pay group of its own with freshly hired employees, so a test's runs meet no other test's. */
final class PayrollFixtures {

	static final String PAYROLL = "payroll@demo.example";

	private PayrollFixtures() {
	}

	/** A new pay group in region 北京: its id and code. */
	static JsonNode payGroup(ApiClient payroll) {
		String code = TestUsers.unique("G").toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		code = code.substring(0, Math.min(code.length(), 40));
		ApiClient.Response group = payroll.put("/api/v1/payroll/pay-groups/" + code,
				Map.of("name", "测试组 " + code, "regionCode", "BJ"));
		assertThat(group.status()).as(group.body()).isEqualTo(200);
		return group.json();
	}

	/** Hires the employees (hr) and gives each a structure in the group (payroll); their employee numbers. */
	static List<String> staff(ApiClient hr, ApiClient payroll, UUID departmentId, String groupCode, String... bases) {
		List<String> numbers = new ArrayList<>();
		for (String base : bases) {
			String number = TestUsers.unique("PAY");
			ApiClient.Response hired = hr.post("/api/v1/employees", Map.of("employeeNo", number, "name", "薪资测试",
					"departmentId", departmentId, "hireDate", "2025-01-06"));
			assertThat(hired.status()).as(hired.body()).isEqualTo(201);
			Map<String, Object> structure = new HashMap<>(Map.of("effectiveFrom", "2026-01-01", "payGroupCode",
					groupCode, "base", base, "allowances", Map.of("MEAL", 500), "housingFundRate", 0.12,
					"bankName", "中国工商银行", "bankAccount", "6222020200112345678"));
			ApiClient.Response saved = payroll.post("/api/v1/payroll/employees/" + hired.json().get("id").asString()
					+ "/structures", structure);
			assertThat(saved.status()).as(saved.body()).isEqualTo(201);
			numbers.add(number);
		}
		return numbers;
	}

	/** Calculates, submits, has HR and finance approve and publishes the run; the run as then read. */
	static JsonNode published(int port, ApiClient payroll, String runId) {
		assertThat(calculated(payroll, runId)).as("calculated").isNotNull();
		ApiClient.Response submitted = payroll.post("/api/v1/payroll/runs/" + runId + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Approvals.approve(port, "hr@demo.example", runId);
		Approvals.approve(port, "finance@demo.example", runId);
		assertThat(Eventually.await(() -> "APPROVED"
			.equals(payroll.get("/api/v1/payroll/runs/" + runId).json().get("status").asString()) ? true : null))
			.as("approved by HR and finance").isTrue();
		ApiClient.Response published = payroll.post("/api/v1/payroll/runs/" + runId + "/publish", Map.of());
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		return published.json();
	}

	/** Calculates the run and waits for it; the run as then read. */
	static JsonNode calculated(ApiClient payroll, String runId) {
		ApiClient.Response started = payroll.post("/api/v1/payroll/runs/" + runId + "/calculate", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return Eventually.await(() -> {
			JsonNode run = payroll.get("/api/v1/payroll/runs/" + runId).json();
			return run.get("status").asString().equals("CALCULATED") ? run : null;
		});
	}
}
