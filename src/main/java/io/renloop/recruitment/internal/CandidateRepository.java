package io.renloop.recruitment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, UUID> {

	Optional<Candidate> findByPhone(String phone);

	List<Candidate> findByNameContainingIgnoreCaseAndErasedAtIsNullAndConsentGivenAtIsNotNullOrderByCreatedAtDesc(
			String name, Pageable pageable);

	Optional<Candidate> findByEmail(String email);

	/** Candidates of the current tenant whose retention ended before {@code day} and who are not erased yet. */
	List<Candidate> findByRetainUntilBeforeAndErasedAtIsNull(LocalDate day);
}
