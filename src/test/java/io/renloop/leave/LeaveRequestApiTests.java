package io.renloop.leave;

import static io.renloop.leave.LeaveFixtures.balance;
import static io.renloop.leave.LeaveFixtures.request;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Leave requests through the API: days on the employee's schedule, the limits (overlap, balance, hire date, bad
 * input), racing requests, the approval by the manager and cancellation giving the days back.
 */
@RenloopIntegrationTest
class LeaveRequestApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	DemoData data;

	UUID miner;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
		miner = LeaveFixtures.newMiner(port, data);
	}

	@Test
	void typesCarryTheStatutoryCodes() {
		JsonNode types = ApiClient.as(port, "employee@demo.example").get("/api/v1/leave/types").json();
		assertThat(types.valueStream().map(type -> type.get("code").asString())).contains("ANNUAL", "SICK",
				"PERSONAL", "MARRIAGE", "MATERNITY", "PATERNITY", "PARENTAL", "BEREAVEMENT", "COMPENSATORY");
		assertThat(types.get(0).has("unit") && types.get(0).has("paid") && types.get(0).has("hasBalance")).isTrue();
	}

	@Test
	void theSpringFestivalFortnightIsSevenWorkingDays() {
		ApiClient.Response created = hr.post("/api/v1/leave/requests",
				request(miner, "PERSONAL", "2026-02-12", "2026-02-27"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("days").decimalValue()).isEqualByComparingTo("7");
		assertThat(created.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(created.json().get("id").asString()).isNotBlank();
	}

	@Test
	void halfDaysCountHalf() {
		Map<String, Object> body = request(miner, "ANNUAL", "2026-03-02", "2026-03-03");
		body.put("startHalf", "PM");
		body.put("endHalf", "AM");
		ApiClient.Response created = hr.post("/api/v1/leave/requests", body);
		assertThat(created.json().get("days").decimalValue()).isEqualByComparingTo("1");
		assertThat(balance(hr, miner, "ANNUAL").get("pending").decimalValue()).isEqualByComparingTo("1");
	}

	@Test
	void overlappingRequestsAreRefusedWithTheDate() {
		assertThat(hr.post("/api/v1/leave/requests", request(miner, "PERSONAL", "2026-03-09", "2026-03-11")).status())
			.isEqualTo(201);
		JsonNode problem = assertProblem(hr.inLanguage("zh-CN").post("/api/v1/leave/requests",
				request(miner, "SICK", "2026-03-11", "2026-03-12")), 409);
		assertThat(problem.get("detail").asString()).contains("2026-03-11").contains("已有请假申请");
	}

	@Test
	void moreThanTheBalanceIsRefused() {
		// 16 years of work: 10 days in 2026; 2026-04-01 .. 04-17 is 11 working days (04-06 is 清明)
		JsonNode problem = assertProblem(hr.post("/api/v1/leave/requests",
				request(miner, "ANNUAL", "2026-04-01", "2026-04-17")), 422);
		assertThat(problem.get("detail").asString()).contains("10");
	}

	@Test
	void leaveBeforeTheHireDateIsRefused() {
		JsonNode problem = assertProblem(hr.post("/api/v1/leave/requests",
				request(miner, "PERSONAL", "2019-12-30", "2020-01-03")), 422);
		assertThat(problem.get("detail").asString()).contains("2020-01-02");
	}

	@Test
	void badInputIsAClientErrorNeverAServerError() {
		assertProblem(hr.send("POST", "/api/v1/leave/requests", "{\"type\": \"ANNUAL\", \"start\": ", "application/json"),
				400);
		Map<String, Object> badHalf = request(miner, "ANNUAL", "2026-05-04", "2026-05-04");
		badHalf.put("startHalf", "NOON");
		assertProblem(hr.post("/api/v1/leave/requests", badHalf), 400);
		assertProblem(hr.post("/api/v1/leave/requests", request(miner, "NO_SUCH", "2026-05-04", "2026-05-04")), 400);
		assertProblem(hr.post("/api/v1/leave/requests", request(miner, "ANNUAL", "2026-05-08", "2026-05-04")), 400);
		assertProblem(hr.post("/api/v1/leave/requests", Map.of("type", "ANNUAL")), 400);
		assertProblem(hr.post("/api/v1/leave/requests", request(miner, "ANNUAL", "1-01-01", "2026-05-04")), 400);
	}

	@Test
	void twoRacingRequestsForTheSameDaysEndWithOne() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return hr.post("/api/v1/leave/requests", request(miner, "PERSONAL", "2026-06-08", "2026-06-10"))
					.status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(jdbc.queryForObject("select count(*) from leave.leave_request where employee_id = ?", Long.class,
				miner)).isEqualTo(1);
	}

	@Test
	void theManagerApprovesAndCancellingGivesTheDaysBack() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		String id = hr.post("/api/v1/leave/requests", request(miner, "ANNUAL", "2026-07-06", "2026-07-07")).json()
			.get("id").asString();
		String task = Eventually.await(() -> taskOf(manager, id));
		assertThat(manager.post("/api/v1/approvals/" + task + "/decision", Map.of("outcome", "APPROVED")).status())
			.isEqualTo(200);
		Eventually.await(() -> "APPROVED".equals(hr.get("/api/v1/leave/requests/" + id).json().get("status")
			.asString()) ? true : null);
		assertThat(balance(hr, miner, "ANNUAL").get("taken").decimalValue()).isEqualByComparingTo("2");
		assertThat(balance(manager, miner, "ANNUAL").get("remaining").decimalValue()).isEqualByComparingTo("8");

		assertThat(hr.post("/api/v1/leave/requests/" + id + "/cancel", null).json().get("status").asString())
			.isEqualTo("CANCELLED");
		assertThat(balance(hr, miner, "ANNUAL").get("remaining").decimalValue()).isEqualByComparingTo("10");
		assertProblem(hr.post("/api/v1/leave/requests/" + id + "/cancel", null), 409);
	}

	@Test
	void returningEarlyGivesTheLaterDaysBack() {
		String id = hr.post("/api/v1/leave/requests", request(miner, "ANNUAL", "2026-08-03", "2026-08-05")).json()
			.get("id").asString();
		jdbc.update("update leave.leave_request set status = 'APPROVED' where id = ?::uuid", id);
		JsonNode returned = hr.post("/api/v1/leave/requests/" + id + "/return", Map.of("lastDay", "2026-08-03")).json();
		assertThat(returned.get("days").decimalValue()).isEqualByComparingTo("1");
		assertThat(returned.get("end").asString()).isEqualTo("2026-08-03");
		assertThat(hr.post("/api/v1/leave/requests", request(miner, "SICK", "2026-08-04", "2026-08-04")).status())
			.isEqualTo(201);
	}

	@Test
	void adjustmentsChangeTheBalanceWithAReason() {
		assertProblem(hr.post("/api/v1/leave/balances/adjustments",
				Map.of("employeeId", miner, "type", "COMPENSATORY", "days", 1.5)), 400);
		ApiClient.Response adjusted = hr.post("/api/v1/leave/balances/adjustments",
				Map.of("employeeId", miner, "type", "COMPENSATORY", "days", 1.5, "reason", "周六加班调休"));
		assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
		assertThat(balance(hr, miner, "COMPENSATORY").get("remaining").decimalValue()).isEqualByComparingTo("1.5");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'LeaveBalance'"
				+ " and after_state::text like '%周六加班调休%'", Long.class)).isPositive();
	}

	@Test
	void employeesSeeTheirOwnBalancesAndRequests() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient.Response balances = employee.get("/api/v1/me/leave/balances");
		assertThat(balances.status()).isEqualTo(200);
		assertThat(balances.json().valueStream().map(b -> b.get("type").asString())).contains("ANNUAL");
		assertThat(employee.get("/api/v1/me/leave/requests").status()).isEqualTo(200);
		assertProblem(employee.get("/api/v1/leave/balances?employeeId=" + miner), 404);
	}

	@Test
	void theTeamCalendarShowsWhoIsAway() {
		hr.post("/api/v1/leave/requests", request(miner, "PERSONAL", "2026-09-07", "2026-09-07"));
		JsonNode away = ApiClient.as(port, "manager@demo.example")
			.get("/api/v1/leave/calendar?from=2026-09-01&to=2026-09-30").json();
		assertThat(away.valueStream().filter(a -> a.get("employeeId").asString().equals(miner.toString())))
			.extracting(a -> a.get("date").asString())
			.contains("2026-09-07");
	}

	@Test
	void theMedicalPeriodFollowsYearsOfWorkAndService() {
		JsonNode period = hr.get("/api/v1/leave/medical-period?employeeId=" + miner).json();
		// 16 years of work, 6 here: 9 months in 15
		assertThat(period.get("months").asInt()).isEqualTo(9);
		assertThat(period.get("windowMonths").asInt()).isEqualTo(15);
	}

	private static String taskOf(ApiClient approver, String subjectId) {
		for (JsonNode task : approver.get("/api/v1/approvals/inbox").json()) {
			if (task.get("subjectId").asString().equals(subjectId)) {
				return task.get("taskId").asString();
			}
		}
		return null;
	}
}
