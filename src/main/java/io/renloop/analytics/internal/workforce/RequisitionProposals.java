package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.ProposalOutcome;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.Organization;
import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.PageView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the positive gaps of a plan into DRAFT requisitions through recruitment's API, within the headcount plan
 * (编制): a line is created only when planned − filled − the headcount of the slot's requisitions not closed leaves room
 * for its whole gap (the same arithmetic recruitment applies when a requisition is opened, counting drafts too, so that
 * drafts cannot pile up beyond the plan). Lines over it are reported with what is left. Call within the transaction
 * that holds the plan's lock; the link table makes a second call create nothing for lines already done.
 */
@Component
class RequisitionProposals {

	/** Requisitions read per page when summing what is pending per slot. */
	private static final int PAGE = 200;

	/** The most people one requisition may ask for (recruitment's limit). */
	private static final int MAX_HEADCOUNT = 1000;

	private final Requisitions requisitions;

	private final Organization organization;

	private final PlanStore store;

	private final Clock clock;

	RequisitionProposals(Requisitions requisitions, Organization organization, PlanStore store, Clock clock) {
		this.requisitions = requisitions;
		this.organization = organization;
		this.store = store;
		this.clock = clock;
	}

	/** What became of a line. */
	record Result(PlanCalculation.Figures line, ProposalOutcome outcome, UUID requisitionId, Long available) {
	}

	List<Result> propose(UUID planId, List<PlanCalculation.Figures> lines) {
		Map<Slot, UUID> done = store.requisitions(planId);
		Map<Slot, HeadcountLine> plan = new HashMap<>();
		organization.headcountPlan().forEach(l -> plan.put(new Slot(l.departmentId(), l.positionId()), l));
		Map<Slot, Long> pending = pending();
		List<Result> results = new ArrayList<>();
		for (PlanCalculation.Figures line : lines) {
			if (line.gap() <= 0) {
				continue;
			}
			Slot slot = line.slot();
			if (done.containsKey(slot)) {
				results.add(new Result(line, ProposalOutcome.ALREADY_CREATED, done.get(slot), null));
				continue;
			}
			HeadcountLine headcount = plan.get(slot);
			long available = Math.max(0, (headcount == null ? 0 : headcount.planned() - headcount.filled())
					- pending.getOrDefault(slot, 0L));
			if (line.gap() > available || line.gap() > MAX_HEADCOUNT) {
				results.add(new Result(line, ProposalOutcome.OVER_HEADCOUNT_PLAN, null, available));
				continue;
			}
			RequisitionView created = requisitions.create(new CreateRequisition(slot.positionId(), slot.departmentId(),
					line.gap(), null));
			store.link(planId, slot, created.id(), line.gap(), clock.instant());
			pending.merge(slot, (long) line.gap(), Long::sum);
			results.add(new Result(line, ProposalOutcome.CREATED, created.id(), null));
		}
		return results;
	}

	/** Headcount of the requisitions not closed (draft, open, on hold), per slot. */
	private Map<Slot, Long> pending() {
		Map<Slot, Long> pending = new HashMap<>();
		for (RequisitionStatus status : List.of(RequisitionStatus.DRAFT, RequisitionStatus.OPEN,
				RequisitionStatus.ON_HOLD)) {
			PageView<RequisitionView> page;
			int number = 0;
			do {
				page = requisitions.list(status, number++, PAGE);
				page.content().forEach(r -> pending.merge(new Slot(r.departmentId(), r.positionId()),
						(long) r.headcount(), Long::sum));
			}
			while (number < page.page().totalPages());
		}
		return pending;
	}
}
