package io.renloop.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.LeavingKind;
import io.renloop.offboarding.LegalGround;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.openplatform.WebhookEventType;
import io.renloop.openplatform.internal.EventPayloads.Payload;
import io.renloop.payroll.PayrollPublished;
import io.renloop.payroll.PayrollPublished.DepartmentCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Webhook data carries ids and the facts the event announces, never pay or a leaver's confidential reasons; values
 * are strings (ids, dates, enums) or plain numbers, so that the same event always yields the same body and id.
 */
class WebhookPayloadsCarryNoPayTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

	@Test
	void anAcceptedOfferLeavesTheSalaryOut() {
		Payload payload = EventPayloads.of(new OfferAccepted("demo", ID, ID, ID, ID, ID, ID, new BigDecimal("23456.78"),
				LocalDate.of(2027, 1, 4), 3, AT));

		assertThat(payload.type()).isEqualTo(WebhookEventType.OFFER_ACCEPTED);
		assertThat(payload.occurredAt()).isEqualTo(AT);
		assertThat(payload.data()).containsEntry("startDate", "2027-01-04").containsEntry("probationMonths", 3)
			.doesNotContainKey("monthlySalary");
		assertThat(payload.data().values()).doesNotContain("23456.78", new BigDecimal("23456.78"));
	}

	@Test
	void aPublishedPayrollLeavesEveryAmountOut() {
		BigDecimal amount = new BigDecimal("987654.32");
		Payload payload = EventPayloads.of(new PayrollPublished("demo", ID, "2026-11", ID, 42, amount, amount, amount,
				amount, List.of(new DepartmentCost(ID, 42, amount, amount)), AT));

		assertThat(payload.data()).containsOnlyKeys("runId", "period", "payGroupId", "headcount")
			.containsEntry("period", "2026-11")
			.containsEntry("headcount", 42);
	}

	@Test
	void aLeaverKeepsTheirReasonsAndTheLegalGroundConfidential() {
		Payload payload = EventPayloads.of(new EmployeeLeft("demo", ID, ID, LocalDate.of(2026, 12, 31),
				EmployeeLeft.Kind.INVOLUNTARY, LeavingKind.TERMINATION, LegalGround.MUTUAL_AGREEMENT,
				List.of("PAY", "MANAGER"), true));

		assertThat(payload.data()).containsOnlyKeys("employeeId", "caseId", "lastDay", "kind", "cause")
			.containsEntry("lastDay", "2026-12-31")
			.containsEntry("cause", "TERMINATION");
	}

	@Test
	void aLifecycleChangeSaysWhatChangedAndWhere() {
		Payload payload = EventPayloads.of(new EmployeeLifecycleChanged("demo", ID, LifecycleChange.TRANSFER,
				LocalDate.of(2027, 2, 1), ID, null));

		assertThat(payload.type()).isEqualTo(WebhookEventType.EMPLOYEE_CHANGED);
		assertThat(payload.occurredAt()).as("the time it arrives").isNull();
		assertThat(payload.data()).containsEntry("change", "TRANSFER").containsEntry("departmentId", ID.toString())
			.containsEntry("positionId", null);
	}
}
