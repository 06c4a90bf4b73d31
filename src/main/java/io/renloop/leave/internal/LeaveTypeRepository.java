package io.renloop.leave.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaveTypeRepository extends JpaRepository<LeaveType, UUID> {

	Optional<LeaveType> findByCode(String code);
}
