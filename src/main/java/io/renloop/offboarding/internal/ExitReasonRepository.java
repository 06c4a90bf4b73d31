package io.renloop.offboarding.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExitReasonRepository extends JpaRepository<ExitReason, UUID> {

	List<ExitReason> findAllByOrderBySortOrder();
}
