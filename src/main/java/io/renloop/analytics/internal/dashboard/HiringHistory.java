package io.renloop.analytics.internal.dashboard;

import io.renloop.onboarding.OfferView;
import io.renloop.onboarding.Offers;
import io.renloop.recruitment.ApplicationViews.ApplicationDetails;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.StageChange;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionClosed;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.PageView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Refills requisitions, applications with the first time they reached each stage, and offers with their answers for a
 * rebuild, from recruitment's and onboarding's public APIs.
 */
@Component
class HiringHistory {

	private static final int PAGE = 200;

	private final ReadModelTables tables;

	private final Requisitions requisitions;

	private final Applications applications;

	private final Offers offers;

	HiringHistory(ReadModelTables tables, Requisitions requisitions, Applications applications, Offers offers) {
		this.tables = tables;
		this.requisitions = requisitions;
		this.applications = applications;
		this.offers = offers;
	}

	int refill(String tenantId) {
		int count = 0;
		PageView<RequisitionView> page;
		int number = 0;
		do {
			page = requisitions.list(null, number++, PAGE);
			for (RequisitionView requisition : page.content()) {
				count += requisition(tenantId, requisition);
			}
		}
		while (number < page.page().totalPages());
		return count;
	}

	private int requisition(String tenantId, RequisitionView r) {
		if (r.openedAt() != null) {
			tables.requisitionOpened(new RequisitionOpened(tenantId, r.id(), r.positionId(), r.departmentId(),
					r.headcount(), false, r.openedAt()));
		}
		if (r.closedAt() != null) {
			tables.requisitionClosed(new RequisitionClosed(tenantId, r.id(), r.positionId(), r.departmentId(),
					r.closedAt()));
		}
		Map<UUID, List<StageChange>> histories = new HashMap<>();
		List<ApplicationSummary> received = applications.ofRequisition(r.id());
		for (ApplicationSummary a : received) {
			if (!histories.containsKey(a.id()) && a.candidateId() != null) {
				histories.putAll(histories(a.candidateId()));
			}
			tables.applicationReceived(tenantId, a.id(), a.candidateId(), r.id(), r.departmentId(), a.channel().name(),
					false, a.createdAt(), a.cost());
			for (StageChange change : histories.getOrDefault(a.id(), List.of())) {
				tables.stageReached(tenantId, a.id(), change.to(), change.occurredAt());
			}
			for (OfferView offer : offers.ofApplication(a.id())) {
				offer(tenantId, offer);
			}
		}
		return received.size();
	}

	/** The stage histories of a candidate's applications; none for a candidate erased meanwhile. */
	private Map<UUID, List<StageChange>> histories(UUID candidateId) {
		Map<UUID, List<StageChange>> histories = new HashMap<>();
		try {
			for (ApplicationDetails details : applications.candidate(candidateId).applications()) {
				histories.put(details.application().id(), details.history());
			}
		}
		catch (NotFoundException erased) {
			// the anonymous application still counts, with the stage it reached but not when
		}
		return histories;
	}

	private void offer(String tenantId, OfferView o) {
		String status = switch (o.status()) {
			case ACCEPTED, SIGNED -> o.signedAt() == null ? null : "ACCEPTED";
			case DECLINED -> "DECLINED";
			case APPROVED -> "MADE";
			default -> null;
		};
		if (status != null) {
			tables.offer(tenantId, o.id(), o.applicationId(), o.requisitionId(), o.departmentId(), o.positionId(), status,
					"ACCEPTED".equals(status) ? o.signedAt() : o.updatedAt());
		}
	}
}
