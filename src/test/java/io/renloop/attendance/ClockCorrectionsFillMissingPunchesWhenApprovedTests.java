package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A finance clerk clocked in on 12 May 2025 and forgot to clock out; HR asks for the missing punch (补卡, workflow
 * subject {@code attendance-correction}), and once approved the day is complete; a repeated decision adds no second
 * punch. Corrections are limited per month, and refused for the future and for closed months.
 */
@RenloopIntegrationTest
class ClockCorrectionsFillMissingPunchesWhenApprovedTests {

	static final String DAY = "2025-05-12";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anApprovedCorrectionCompletesTheDayOnce() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID clerk = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		String number = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class, clerk);
		assertThat(hr.post("/api/v1/attendance/clock-events", Map.of("events", List.of(Map.of("deviceId",
				"correction-test", "eventId", "in", "employeeNo", number, "at", DAY + "T08:55:00+08:00")))).json()
			.get("accepted")
			.asInt()).isEqualTo(1);
		assertThat(day(hr, clerk).get("missingPunch").asBoolean()).isTrue();

		ApiClient.Response asked = hr.post("/api/v1/attendance/corrections",
				Map.of("employeeId", clerk, "at", DAY + "T18:05:00+08:00", "reason", "忘记打卡"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		assertThat(asked.json().get("status").asString()).isEqualTo("PENDING");
		UUID correction = UUID.fromString(asked.json().get("id").asString());
		assertThat(hr.get("/api/v1/approvals/history?subjectType=attendance-correction&subjectId=" + correction).json())
			.isNotEmpty();

		decide(correction);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !day(hr, clerk).get("missingPunch").asBoolean());
		assertThat(day(hr, clerk).get("workedMinutes").asInt()).isPositive();
		assertThat(hr.get("/api/v1/attendance/corrections?employeeId=" + clerk).json().get(0).get("status").asString())
			.isEqualTo("APPROVED");

		decide(correction);
		Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
		assertThat(jdbc.queryForObject("select count(*) from attendance.clock_event where device_id = 'correction' "
				+ "and event_id = ? and source = 'CORRECTION'", Long.class, correction.toString())).isEqualTo(1);
	}

	@Test
	void aTerminalCannotPassItsPunchOffAsACorrection() {
		String number = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class,
				new DemoData(jdbc).someEmployeeIn(DEMO, "FIN"));
		JsonNode receipt = ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/attendance/clock-events", Map.of("events", List.of(Map.of("deviceId", "correction-test",
					"eventId", "forged", "employeeNo", number, "at", DAY + "T18:00:00+08:00", "source", "CORRECTION"))))
			.json();
		assertThat(receipt.get("accepted").asInt()).isZero();
		assertThat(receipt.get("rejected")).hasSize(1);
	}

	@Test
	void theFourthCorrectionOfAMonthIsRefused() {
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		for (String day : List.of("2025-04-01", "2025-04-02", "2025-04-03")) {
			ApiClient.Response asked = employee.post("/api/v1/attendance/corrections",
					Map.of("at", day + "T08:58:00+08:00"));
			assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		}
		assertProblem(employee.post("/api/v1/attendance/corrections", Map.of("at", "2025-04-07T08:58:00+08:00")), 422);
		// another month has its own allowance
		assertThat(employee.post("/api/v1/attendance/corrections", Map.of("at", "2025-03-31T18:01:00+08:00")).status())
			.isEqualTo(201);
	}

	@Test
	void aFutureTimeIsAClientError() {
		String tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
		assertProblem(ApiClient.as(port, "employee@demo.example")
			.post("/api/v1/attendance/corrections", Map.of("at", tomorrow)), 400);
	}

	@Test
	void aClosedMonthCannotBeCorrected() {
		jdbc.update("""
				insert into attendance.attendance_period (tenant_id, period, status, closed_at, closed_by)
				values (?, '2024-02', 'CLOSED', now(), 'test') on conflict do nothing""", DEMO);
		assertProblem(ApiClient.as(port, "employee@demo.example")
			.post("/api/v1/attendance/corrections", Map.of("at", "2024-02-05T08:58:00+08:00")), 409);
	}

	private void decide(UUID correction) {
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(DEMO,
				"attendance-correction", correction, ApprovalOutcome.APPROVED, UUID.randomUUID(), null)));
	}

	private static JsonNode day(ApiClient hr, UUID employee) {
		ApiClient.Response response = hr.get("/api/v1/attendance/daily?employeeId=" + employee + "&from=" + DAY + "&to="
				+ DAY);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get(0);
	}
}
