package io.renloop.leave.internal;

import io.renloop.leave.LeaveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, UUID> {

	List<LeaveRequest> findByEmployeeIdInOrderByStartDateDesc(Collection<UUID> employeeIds, Limit limit);

	List<LeaveRequest> findByEmployeeIdInAndStatusOrderByStartDateDesc(Collection<UUID> employeeIds,
			LeaveStatus status, Limit limit);

	List<LeaveRequest> findAllByOrderByStartDateDesc(Limit limit);

	List<LeaveRequest> findByStatusOrderByStartDateDesc(LeaveStatus status, Limit limit);

	/** The days of the type whose leave starts within the dates, in the given statuses. */
	@Query("select coalesce(sum(r.days), 0) from LeaveRequest r where r.employeeId = ?1 and r.typeCode = ?2"
			+ " and r.status in ?3 and r.startDate between ?4 and ?5")
	BigDecimal sumDays(UUID employeeId, String typeCode, Collection<LeaveStatus> statuses, LocalDate from,
			LocalDate to);

	/** Requests of the type that overlap the dates, in the given statuses. */
	@Query("select r from LeaveRequest r where r.employeeId = ?1 and r.typeCode = ?2 and r.status in ?3"
			+ " and r.startDate <= ?5 and r.endDate >= ?4")
	List<LeaveRequest> overlapping(UUID employeeId, String typeCode, Collection<LeaveStatus> statuses,
			LocalDate from, LocalDate to);

	/** The requests of the employee in the statuses that still run after the day. */
	List<LeaveRequest> findByEmployeeIdAndStatusInAndEndDateAfter(UUID employeeId, Collection<LeaveStatus> statuses,
			LocalDate day);
}
