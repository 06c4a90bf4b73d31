package io.renloop.interview.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's settings row (Hibernate's tenant filter leaves at most one). */
interface FeedbackSettingsRepository extends JpaRepository<FeedbackSettingsRecord, UUID> {

	Optional<FeedbackSettingsRecord> findFirstByOrderByUpdatedAtDesc();
}
