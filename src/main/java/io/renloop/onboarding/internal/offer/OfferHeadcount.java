package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferStatus;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.HeadcountUsage;
import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether an offer fits the headcount plan (编制) of its department and position: planned − filled − the places
 * held by accepted and signed offers must leave at least one. Offers of the same slot are serialized with a
 * transaction-scoped advisory lock.
 */
@Component
class OfferHeadcount {

	static final List<OfferStatus> RESERVING = Arrays.stream(OfferStatus.values())
		.filter(OfferStatus::reservesHeadcount)
		.toList();

	private final Organization organization;

	private final OfferRepository offers;

	@PersistenceContext
	private EntityManager entityManager;

	OfferHeadcount(Organization organization, OfferRepository offers) {
		this.organization = organization;
		this.offers = offers;
	}

	Headroom headroom(UUID departmentId, UUID positionId) {
		entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
			.setParameter(1, "offer:" + departmentId + ":" + positionId)
			.getSingleResult();
		HeadcountLine line = organization.headcountPlan()
			.stream()
			.filter(l -> l.departmentId().equals(departmentId) && l.positionId().equals(positionId))
			.findFirst()
			.orElse(null);
		return new Headroom(line == null ? 0 : line.planned(), line == null ? 0 : line.filled(),
				offers.countInSlot(departmentId, positionId, RESERVING));
	}

	/** The places held by accepted and signed offers, by slot (department and position). */
	Map<HeadcountUsage.Slot, Long> reservedSlots() {
		Map<HeadcountUsage.Slot, Long> reserved = new HashMap<>();
		for (Object[] row : offers.countBySlot(RESERVING)) {
			reserved.put(new HeadcountUsage.Slot((UUID) row[0], (UUID) row[1]), (Long) row[2]);
		}
		return reserved;
	}

	/**
	 * @param planned the planned headcount of the slot
	 * @param filled active employees in it
	 * @param reserved places held by accepted and signed offers
	 */
	record Headroom(int planned, long filled, long reserved) {

		long available() {
			return Math.max(0, planned - filled - reserved);
		}

		BusinessRuleException exceeded() {
			return new BusinessRuleException("onboarding.offer.headcountExceeded", planned, filled, reserved);
		}
	}
}
