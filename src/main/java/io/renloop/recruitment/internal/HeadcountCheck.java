package io.renloop.recruitment.internal;

import io.renloop.organization.HeadcountLine;
import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * Whether opening a requisition stays within the headcount plan (编制) of its department and position:
 * planned − filled − the headcount of the other OPEN requisitions for the same slot. Concurrent openings of
 * the same slot are serialized with a transaction-scoped advisory lock, so two cannot both pass.
 */
@Component
class HeadcountCheck {

	private final Organization organization;

	private final RequisitionRepository requisitions;

	@PersistenceContext
	private EntityManager entityManager;

	HeadcountCheck(Organization organization, RequisitionRepository requisitions) {
		this.organization = organization;
		this.requisitions = requisitions;
	}

	/** What the plan leaves for {@code requisition}; call inside the transaction that opens it. */
	Headroom headroom(Requisition requisition) {
		entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
			.setParameter(1, "requisition:" + requisition.departmentId() + ":" + requisition.positionId())
			.getSingleResult();
		HeadcountLine line = organization.headcountPlan()
			.stream()
			.filter(l -> l.departmentId().equals(requisition.departmentId())
					&& l.positionId().equals(requisition.positionId()))
			.findFirst()
			.orElse(null);
		int planned = line == null ? 0 : line.planned();
		long filled = line == null ? 0 : line.filled();
		long otherOpen = requisitions.openHeadcountOfOthers(requisition.departmentId(), requisition.positionId(),
				requisition.id());
		return new Headroom(planned, filled, otherOpen);
	}

	/**
	 * @param planned the planned headcount of the slot
	 * @param filled active employees in it
	 * @param otherOpen headcount of the other OPEN requisitions for it
	 */
	record Headroom(int planned, long filled, long otherOpen) {

		long available() {
			return Math.max(0, planned - filled - otherOpen);
		}

		boolean allows(int headcount) {
			return headcount <= available();
		}

		BusinessRuleException exceeded(int headcount) {
			return new BusinessRuleException("recruitment.requisition.headcountExceeded", headcount, available(),
					planned, filled, otherOpen);
		}
	}
}
