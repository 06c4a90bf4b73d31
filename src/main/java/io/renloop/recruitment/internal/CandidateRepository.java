package io.renloop.recruitment.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, UUID> {

	Optional<Candidate> findByPhone(String phone);

	Optional<Candidate> findByEmail(String email);
}
