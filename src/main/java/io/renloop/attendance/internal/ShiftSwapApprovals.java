package io.renloop.attendance.internal;

import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftSwaps;
import io.renloop.attendance.ShiftSwaps.SwapView;
import io.renloop.attendance.WorkSchedules;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends a shift swap's approval: APPROVED plans each employee's day with the other's shift (days planned by hand,
 * source SWAP); REJECTED and RETURNED only close the request. Idempotent: a swap no longer pending is left alone.
 */
@Component
class ShiftSwapApprovals {

	private final ShiftSwapStore swaps;

	private final ScheduleStore schedule;

	private final WorkSchedules schedules;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	ShiftSwapApprovals(ShiftSwapStore swaps, ScheduleStore schedule, WorkSchedules schedules, AuditTrail audit,
			TenantTransactions inTenant) {
		this.swaps = swaps;
		this.schedule = schedule;
		this.schedules = schedules;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!ShiftSwaps.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		inTenant.run(decided.tenantId(), () -> swaps.pending(decided.tenantId(), decided.subjectId())
			.ifPresent(swap -> apply(decided, swap)));
	}

	private void apply(ApprovalDecided decided, SwapView swap) {
		if (decided.outcome() == ApprovalOutcome.APPROVED) {
			Map<UUID, List<ScheduledDay>> days = schedules.schedules(List.of(swap.requesterId(), swap.partnerId()),
					swap.date(), swap.date());
			String requesters = DefaultShiftSwaps.code(days.get(swap.requesterId()).get(0));
			String partners = DefaultShiftSwaps.code(days.get(swap.partnerId()).get(0));
			schedule.plan(decided.tenantId(), swap.requesterId(), swap.date(), partners, "SWAP");
			schedule.plan(decided.tenantId(), swap.partnerId(), swap.date(), requesters, "SWAP");
		}
		swaps.decide(decided.tenantId(), swap.id(), decided.outcome().name());
		audit.recordChange("APPROVAL_" + decided.outcome(), DefaultShiftSwaps.ENTITY, swap.id(), swap,
				Map.of("status", decided.outcome().name()));
	}
}
