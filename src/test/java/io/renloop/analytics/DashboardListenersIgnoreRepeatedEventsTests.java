package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.ExitInterviewCompleted;
import io.renloop.offboarding.LeavingKind;
import io.renloop.onboarding.OfferDeclined;
import io.renloop.onboarding.OfferExtended;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.CertificateExpired;
import io.renloop.training.CourseCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every dashboard listener is idempotent: the same events delivered a second time leave the read models as they were,
 * and facts dated in the past land in the months of their own dates (a replayed history), which the turnover and
 * training dashboards then show. (OfferAccepted is left out: onboarding and hiring validity listen to it as well
 * and would act on an offer that does not exist.)
 */
@RenloopIntegrationTest
class DashboardListenersIgnoreRepeatedEventsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSameEventsTwiceChangeNothingAndPastDatesDecideTheMonth() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID unit = data.departmentId(DEMO, "TUNNEL");
		UUID promotedTo = data.departmentId(DEMO, "ELEC");
		UUID employee = fixtures.hired(hr, unit, LocalDate.of(2023, 4, 3));
		UUID caseId = UUID.randomUUID();
		UUID requisition = UUID.randomUUID();
		UUID accepted = UUID.randomUUID();
		UUID declined = UUID.randomUUID();
		UUID certificate = UUID.randomUUID();
		Instant decided = Instant.parse("2024-05-20T02:00:00Z");
		List<Object> facts = List.of(
				new EmployeeLifecycleChanged(DEMO, employee, LifecycleChange.TRANSFER, LocalDate.of(2024, 2, 1),
						promotedTo, null),
				new EmployeeLeft(DEMO, employee, caseId, LocalDate.of(2025, 6, 30), EmployeeLeft.Kind.VOLUNTARY,
						LeavingKind.RESIGNATION, null, List.of("PAY"), true),
				new ExitInterviewCompleted(DEMO, employee, caseId, List.of("PAY", "CAREER"), false),
				new RequisitionOpened(DEMO, requisition, null, unit, 2, false, Instant.parse("2024-05-01T01:00:00Z")),
				new OfferExtended(DEMO, accepted, UUID.randomUUID(), requisition, unit, null, decided),
				new OfferDeclined(DEMO, declined, UUID.randomUUID(), requisition, unit, null, decided),
				new CourseCompleted(DEMO, employee, UUID.randomUUID(), new BigDecimal("4.50"),
						Instant.parse("2024-11-03T03:00:00Z")),
				new CertificateExpired(DEMO, employee, certificate, "SAFETY", LocalDate.of(2025, 1, 31)));

		facts.forEach(fixtures::publish);
		fixtures.awaitDelivered(employee);
		fixtures.awaitDelivered(requisition);
		String once = fixtures.employeeRows(employee) + fixtures.rowsWhere("offer_fact", "requisition_id", requisition)
				+ fixtures.rowsWhere("requisition_fact", "requisition_id", requisition);
		facts.forEach(fixtures::publish);
		fixtures.awaitDelivered(employee);
		fixtures.awaitDelivered(requisition);
		String twice = fixtures.employeeRows(employee) + fixtures.rowsWhere("offer_fact", "requisition_id", requisition)
				+ fixtures.rowsWhere("requisition_fact", "requisition_id", requisition);

		assertThat(twice).isEqualTo(once);
		assertThat(once).contains("exit_date=2025-06-30", "exit_kind=VOLUNTARY", "regretted=true",
				"reason_codes=PAY,CAREER", "department_id=" + promotedTo, "completed_on=2024-11-03",
				"status=MADE", "status=DECLINED");

		String drill = "&from=2025-01-01&to=2025-12-31&x=2025-06";
		JsonNode regretted = hr.get("/api/v1/analytics/turnover/rows?series=exitsRegretted" + drill).json();
		assertThat(regretted.toString()).as("the exit counts in June 2025, its last day's month").contains(employee.toString());
		JsonNode voluntary = hr.get("/api/v1/analytics/turnover/rows?series=exitsVoluntary" + drill).json();
		assertThat(voluntary.toString()).contains(employee.toString());
		assertThat(hr.get("/api/v1/analytics/turnover/rows?series=exitsInvoluntary" + drill).body())
			.doesNotContain(employee.toString());
		JsonNode training = hr.get("/api/v1/analytics/training?from=2024-11-01&to=2024-11-30&departmentId=" + promotedTo)
			.json();
		assertThat(point(training, "trainingHours", promotedTo.toString()).decimalValue()).isGreaterThanOrEqualTo(
				new BigDecimal("4.50"));
	}

	static JsonNode point(JsonNode dashboard, String series, String x) {
		for (JsonNode s : dashboard.get("series")) {
			if (s.get("key").asString().equals(series)) {
				for (JsonNode p : s.get("points")) {
					if (p.get("x").asString().equals(x)) {
						return p.get("value");
					}
				}
			}
		}
		throw new AssertionError("no point " + x + " in " + series + ": " + dashboard);
	}
}
