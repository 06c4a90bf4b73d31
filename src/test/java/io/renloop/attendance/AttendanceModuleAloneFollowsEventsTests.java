package io.renloop.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ModuleAloneTest;
import io.renloop.training.CertificateExpired;
import io.renloop.training.CertificateRecorded;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The attendance module started with only what it depends on (ADR 0031): certificates that training records and
 * expires land in attendance's own table, the longest validity winning whatever the order and however often the
 * events arrive; the workflow's decision on a clock correction turns an approved one into exactly one punch, and its
 * decision on overtime settles the request once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AttendanceModuleAloneFollowsEventsTests extends ModuleAloneTest {

	@Test
	void theLongestValidityWinsWhateverArrivesLateOrTwice(Scenario scenario) {
		String tenant = rows.tenantId();
		UUID miner = UUID.randomUUID();
		LocalDate renewedUntil = LocalDate.of(2029, 6, 30);
		LocalDate firstUntil = LocalDate.of(2026, 6, 30);

		scenario.publish(new CertificateRecorded(tenant, miner, UUID.randomUUID(), "GAS_INSPECTOR", renewedUntil))
			.andWaitForStateChange(() -> validUntil(tenant, miner), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly(renewedUntil));
		scenario.publish(new CertificateExpired(tenant, miner, UUID.randomUUID(), "GAS_INSPECTOR", firstUntil))
			.andWaitForStateChange(() -> updates(tenant, miner), count -> count > 1)
			.andVerify(count -> assertThat(validUntil(tenant, miner)).as("the old certificate's expiry, late")
				.containsExactly(renewedUntil));
		scenario.publish(new CertificateRecorded(tenant, miner, UUID.randomUUID(), "GAS_INSPECTOR", renewedUntil))
			.andWaitForStateChange(() -> updates(tenant, miner), count -> count > 2)
			.andVerify(count -> assertThat(validUntil(tenant, miner)).as("the renewal again").containsExactly(
					renewedUntil));
	}

	@Test
	void anApprovedCorrectionBecomesOnePunchHoweverOftenTheDecisionArrives(Scenario scenario) {
		UUID correction = UUID.randomUUID();
		Instant at = Instant.parse("2026-06-15T00:58:00Z");
		jdbc.update("""
				insert into attendance.clock_correction (id, tenant_id, employee_id, at, period, reason, status,
				 created_at) values (?, ?, ?, ?, '2026-06', 'forgot my phone', 'PENDING', now())""", correction,
				rows.tenantId(), UUID.randomUUID(), Timestamp.from(at));
		ApprovalDecided approved = new ApprovalDecided(rows.tenantId(), ClockCorrections.SUBJECT_TYPE, correction,
				ApprovalOutcome.APPROVED, UUID.randomUUID(), null);

		scenario.publish(new ApprovalDecided(rows.tenantId(), "leave", correction, ApprovalOutcome.APPROVED,
				UUID.randomUUID(), null))
			.andWaitForStateChange(() -> undelivered(correction), count -> count == 0)
			.andVerify(count -> assertThat(correctionStatus(correction)).as("another subject's decision")
				.containsExactly("PENDING"));
		scenario.publish(approved)
			.andWaitForStateChange(() -> correctionStatus(correction), found -> !found.contains("PENDING"))
			.andVerify(found -> {
				assertThat(found).containsExactly("APPROVED");
				assertThat(punches(correction)).containsExactly(at);
			});
		scenario.publish(approved)
			.andWaitForStateChange(() -> undelivered(correction), count -> count == 0)
			.andVerify(count -> assertThat(punches(correction)).as("a redelivered approval").hasSize(1));
	}

	@Test
	void aDecisionOnPaidOvertimeSettlesItOnce(Scenario scenario) {
		UUID approved = overtimeRequest();
		UUID rejected = overtimeRequest();
		UUID approver = UUID.randomUUID();

		scenario.publish(new ApprovalDecided(rows.tenantId(), OvertimeRequests.SUBJECT_TYPE, approved,
				ApprovalOutcome.APPROVED, approver, null))
			.andWaitForStateChange(() -> overtimeStatus(approved), found -> !found.contains("PENDING"))
			.andVerify(found -> assertThat(found).containsExactly("APPROVED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), OvertimeRequests.SUBJECT_TYPE, approved,
				ApprovalOutcome.REJECTED, approver, "too late"))
			.andWaitForStateChange(() -> undelivered(approved), count -> count == 0)
			.andVerify(count -> assertThat(overtimeStatus(approved)).as("a late rejection of approved overtime")
				.containsExactly("APPROVED"));
		scenario.publish(new ApprovalDecided(rows.tenantId(), OvertimeRequests.SUBJECT_TYPE, rejected,
				ApprovalOutcome.RETURNED, approver, "say what for"))
			.andWaitForStateChange(() -> overtimeStatus(rejected), found -> !found.contains("PENDING"))
			.andVerify(found -> assertThat(found).containsExactly("REJECTED"));
	}

	private UUID overtimeRequest() {
		UUID request = UUID.randomUUID();
		jdbc.update("""
				insert into attendance.overtime_request (id, tenant_id, employee_id, work_date, minutes, compensation,
				 reason, status, created_at)
				values (?, ?, ?, ?, 120, 'PAY', 'month-end stock count', 'PENDING', now())""",
				request, rows.tenantId(), UUID.randomUUID(), LocalDate.of(2026, 6, 15));
		return request;
	}

	private List<String> overtimeStatus(UUID request) {
		return jdbc.queryForList("select status from attendance.overtime_request where id = ?", String.class,
				request);
	}

	private List<String> correctionStatus(UUID correction) {
		return jdbc.queryForList("select status from attendance.clock_correction where id = ?", String.class,
				correction);
	}

	private List<Instant> punches(UUID correction) {
		return jdbc.queryForList("""
				select at from attendance.clock_event
				 where tenant_id = ? and device_id = ? and event_id = ?""", Timestamp.class, rows.tenantId(),
				ClockCorrections.DEVICE_ID, correction.toString()).stream().map(Timestamp::toInstant).toList();
	}

	private List<LocalDate> validUntil(String tenant, UUID employee) {
		return jdbc.queryForList("""
				select expires_on from attendance.certificate_validity
				 where tenant_id = ? and employee_id = ? and certificate_type = 'GAS_INSPECTOR'""", LocalDate.class,
				tenant, employee);
	}

	/** How often the row was written: each delivery stamps it, so a new stamp means the event was handled. */
	private long updates(String tenant, UUID employee) {
		return jdbc.queryForObject("""
				select count(*) from event_publication
				 where completion_date is not null and serialized_event like ? and serialized_event like ?""",
				Long.class, "%" + tenant + "%", "%" + employee + "%");
	}
}
