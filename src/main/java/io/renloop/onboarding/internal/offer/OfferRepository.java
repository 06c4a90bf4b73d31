package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, UUID> {

	List<Offer> findByApplicationIdOrderByCreatedAtDesc(UUID applicationId);

	boolean existsByApplicationIdAndStatusIn(UUID applicationId, Collection<OfferStatus> statuses);

	/** Offers whose onboarding completed no longer reserve: their employee fills the place. */
	String NOT_HIRED = " and not exists (select c from OnboardingCase c where c.offerId = o.id"
			+ " and c.status = io.renloop.onboarding.OnboardingStatus.COMPLETED)";

	@Query("select count(o) from Offer o where o.departmentId = ?1 and o.positionId = ?2 and o.status in ?3" + NOT_HIRED)
	long countInSlot(UUID departmentId, UUID positionId, Collection<OfferStatus> statuses);

	@Query("select o.departmentId, o.positionId, count(o) from Offer o where o.status in ?1" + NOT_HIRED
			+ " group by o.departmentId, o.positionId")
	List<Object[]> countBySlot(Collection<OfferStatus> statuses);
}
