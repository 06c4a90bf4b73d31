package io.renloop.payroll.internal.input;

import io.renloop.offboarding.SettlementApproved;
import io.renloop.platform.TenantTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A leaver's approved final settlement becomes one-off inputs of the month of the last day, each on its own payslip
 * line: {@code LEAVE_PAYOUT} (unused annual leave), {@code SEVERANCE} (economic compensation) and
 * {@code NOTICE_PAY} (pay in lieu of notice). The note of the compensation carries its tax-free limit (three times the
 * local average annual wage), for the separate taxation of the excess. Idempotent: the case's rows are replaced as a
 * whole on a redelivery.
 */
@Component
class SettlementInputs {

	static final String SOURCE = "OFFBOARDING";

	private final InputStore store;

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final Clock clock;

	SettlementInputs(InputStore store, JdbcTemplate jdbc, TenantTransactions inTenant, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SettlementApproved settlement) {
		inTenant.run(settlement.tenantId(), () -> record(settlement));
	}

	void record(SettlementApproved settlement) {
		String caseNote = "offboarding " + settlement.caseId();
		jdbc.update("delete from payroll.pay_input where tenant_id = ? and employee_id = ? and source = ? and note like ?",
				settlement.tenantId(), settlement.employeeId(), SOURCE, caseNote + "%");
		List<InputStore.NewInput> rows = new ArrayList<>();
		add(rows, settlement, "LEAVE_PAYOUT", settlement.leavePayout(), caseNote);
		add(rows, settlement, "SEVERANCE", settlement.compensation(), caseNote + " · tax-free up to "
				+ settlement.taxFreeCompensationLimit().toPlainString());
		add(rows, settlement, "NOTICE_PAY", settlement.noticePay(), caseNote);
		store.insert(settlement.tenantId(), settlement.period(), rows, SOURCE, "system", clock.instant());
	}

	private static void add(List<InputStore.NewInput> rows, SettlementApproved settlement, String code,
			BigDecimal amount, String note) {
		if (amount != null && amount.signum() > 0) {
			rows.add(new InputStore.NewInput(settlement.employeeId(), code, amount, note));
		}
	}
}
