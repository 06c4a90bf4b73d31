package io.renloop.leave;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
 * A finance clerk works four hours on a Saturday and takes it as compensatory leave (调休): once the overtime is
 * approved, half a day is credited to the clerk's compensatory balance, and a second delivery of the decision credits
 * nothing more. Overtime on a working day taken as leave earns no compensatory days (it is paid).
 */
@RenloopIntegrationTest
class RestDayOvertimeTakenAsLeaveIsCreditedOnceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void approvedRestDayOvertimeAddsHalfADayOnce() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID clerk = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		LocalDate saturday = dayOf(hr, clerk, "REST_DAY");
		BigDecimal before = compensatory(hr, clerk, saturday.getYear());

		UUID overtime = ask(hr, clerk, saturday);
		decide(overtime);
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> compensatory(hr, clerk, saturday.getYear()).compareTo(before.add(new BigDecimal("0.5"))) == 0);

		decide(overtime);
		Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
		assertThat(compensatory(hr, clerk, saturday.getYear())).isEqualByComparingTo(before.add(new BigDecimal("0.5")));
		assertThat(jdbc.queryForObject("select count(*) from leave.balance_grant where source_id = ?", Long.class,
				overtime)).isEqualTo(1);
	}

	@Test
	void workdayOvertimeTakenAsLeaveEarnsNoCompensatoryDays() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID clerk = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		LocalDate workday = dayOf(hr, clerk, "WORKDAY");
		UUID overtime = ask(hr, clerk, workday);
		decide(overtime);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(jdbc.queryForObject(
				"select status from attendance.overtime_request where id = ?", String.class, overtime)));
		Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
		assertThat(jdbc.queryForObject("select count(*) from leave.balance_grant where source_id = ?", Long.class,
				overtime)).isZero();
	}

	private UUID ask(ApiClient hr, UUID employee, LocalDate day) {
		ApiClient.Response asked = hr.post("/api/v1/attendance/overtime-requests", Map.of("employeeId", employee,
				"date", day.toString(), "minutes", 240, "compensation", "LEAVE", "reason", "设备检修"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return UUID.fromString(asked.json().get("id").asString());
	}

	private void decide(UUID overtime) {
		transactions.executeWithoutResult(status -> events.publishEvent(new ApprovalDecided(DEMO, "overtime", overtime,
				ApprovalOutcome.APPROVED, UUID.randomUUID(), null)));
	}

	/**
	 * A date of the given type this month: the balances show this year's, and this month is not closed yet.
	 */
	private static LocalDate dayOf(ApiClient hr, UUID employee, String type) {
		LocalDate from = LocalDate.now().withDayOfMonth(1);
		JsonNode days = hr.get("/api/v1/attendance/schedule?employeeId=" + employee + "&from=" + from + "&to="
				+ from.plusMonths(1).minusDays(1)).json();
		for (JsonNode day : days) {
			if (type.equals(day.get("dayType").asString())) {
				return LocalDate.parse(day.get("date").asString());
			}
		}
		throw new IllegalStateException("no " + type + " next month");
	}

	private static BigDecimal compensatory(ApiClient hr, UUID employee, int year) {
		for (JsonNode balance : hr.get("/api/v1/leave/balances?employeeId=" + employee).json()) {
			if ("COMPENSATORY".equals(balance.get("type").asString())) {
				return balance.get("entitled").decimalValue();
			}
		}
		return BigDecimal.ZERO;
	}
}
