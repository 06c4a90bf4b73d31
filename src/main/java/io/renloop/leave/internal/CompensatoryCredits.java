package io.renloop.leave.internal;

import io.renloop.attendance.CompensatoryLeaveEarned;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Credits compensatory leave (调休假) for approved rest-day overtime taken as leave: the approved minutes in days of
 * the standard 8-hour shift (two decimals, like leave by the hour), to the balance of the year of the day worked.
 * Idempotent per overtime request: the grant carries the request as its source, unique per tenant.
 */
@Component
class CompensatoryCredits {

	static final String KIND = "OVERTIME";

	private static final BigDecimal STANDARD_DAY_MINUTES = BigDecimal.valueOf(480);

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final AuditTrail audit;

	private final Clock clock;

	CompensatoryCredits(JdbcTemplate jdbc, TenantTransactions inTenant, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CompensatoryLeaveEarned earned) {
		inTenant.run(earned.tenantId(), () -> credit(earned));
	}

	private void credit(CompensatoryLeaveEarned earned) {
		BigDecimal days = days(earned.minutes());
		UUID id = UUID.randomUUID();
		int added = jdbc.update("""
				insert into leave.balance_grant (id, tenant_id, employee_id, type_code, year, days, kind, reason,
				       created_by, created_at, source_id) values (?, ?, ?, ?, ?, ?, ?, ?, 'system', ?, ?)
				on conflict (tenant_id, source_id) where source_id is not null do nothing""", id, earned.tenantId(),
				earned.employeeId(), BuiltInTypes.COMPENSATORY, earned.workDate().getYear(), days, KIND,
				"调休 Overtime on " + Date.valueOf(earned.workDate()) + " (" + earned.minutes() + " min)",
				Timestamp.from(clock.instant()), earned.overtimeRequestId());
		if (added == 1) {
			audit.recordChange("CREDIT", "LeaveBalance", earned.employeeId(), null, Map.of("type",
					BuiltInTypes.COMPENSATORY, "days", days, "overtimeRequestId", earned.overtimeRequestId()));
		}
	}

	/** The minutes in days of the standard shift, e.g. 240 minutes are 0.5 days. */
	static BigDecimal days(int minutes) {
		return BigDecimal.valueOf(minutes).divide(STANDARD_DAY_MINUTES, 2, RoundingMode.HALF_UP);
	}
}
