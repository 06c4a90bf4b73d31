package io.renloop.recruitment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, UUID> {

	Optional<Candidate> findByPhone(String phone);

	List<Candidate> findByNameContainingIgnoreCaseAndErasedAtIsNullAndConsentGivenAtIsNotNullOrderByCreatedAtDesc(
			String name, Pageable pageable);

	Optional<Candidate> findByEmail(String email);

	/**
	 * The id and name (the resume's file name when no name was found) of each candidate who applied to the
	 * requisition: only what a list shows, not the sealed resume and profile of every candidate, and one statement
	 * however many applied.
	 */
	@Query("select c.id, coalesce(c.name, c.resumeFileName) from Candidate c where c.id in "
			+ "(select a.candidateId from JobApplication a where a.requisitionId = ?1)")
	List<Object[]> namesOfApplicantsTo(UUID requisitionId);

	/** Candidates of the current tenant whose retention ended before {@code day} and who are not erased yet. */
	List<Candidate> findByRetainUntilBeforeAndErasedAtIsNull(LocalDate day);
}
