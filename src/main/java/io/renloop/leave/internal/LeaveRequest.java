package io.renloop.leave.internal;

import io.renloop.leave.Half;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A leave request. Transitions check the status and refuse with a 409 otherwise: only a pending request is decided,
 * only a pending or approved one is cancelled, only an approved one ends early.
 */
@Entity
@Table(schema = "leave", name = "leave_request")
class LeaveRequest {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID employeeId;

	private String typeCode;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private Half startHalf;

	@Enumerated(EnumType.STRING)
	private Half endHalf;

	private BigDecimal hours;

	private BigDecimal days;

	private boolean paid;

	@Enumerated(EnumType.STRING)
	private LeaveStatus status;

	private String reason;

	private String decisionComment;

	private String requestedBy;

	/** Why the system, not a person, cancelled or shortened the request (e.g. EMPLOYMENT_ENDED); null otherwise. */
	private String endedBecause;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected LeaveRequest() {
	}

	/** The dates, halves and hours asked for. */
	record Period(LocalDate start, LocalDate end, Half startHalf, Half endHalf, BigDecimal hours) {
	}

	LeaveRequest(UUID employeeId, String typeCode, Period period, BigDecimal days, boolean paid, String reason,
			String requestedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.employeeId = employeeId;
		this.typeCode = typeCode;
		this.startDate = period.start();
		this.endDate = period.end();
		this.startHalf = period.startHalf();
		this.endHalf = period.endHalf();
		this.hours = period.hours();
		this.days = days;
		this.paid = paid;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.status = LeaveStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void approve(String comment, Instant now) {
		require(EnumSet.of(LeaveStatus.PENDING));
		decide(LeaveStatus.APPROVED, comment, now);
	}

	void reject(String comment, Instant now) {
		require(EnumSet.of(LeaveStatus.PENDING));
		decide(LeaveStatus.REJECTED, comment, now);
	}

	void cancel(Instant now) {
		cancel(now, null);
	}

	/** Cancels the request for a reason of the system's (null when a person cancels it). */
	void cancel(Instant now, String because) {
		require(EnumSet.of(LeaveStatus.PENDING, LeaveStatus.APPROVED));
		this.status = LeaveStatus.CANCELLED;
		this.endedBecause = because;
		this.updatedAt = now;
	}

	/** The employee came back early: the leave now ends on {@code lastDay} (a whole day) and counts fewer days. */
	void endEarly(LocalDate lastDay, BigDecimal remainingDays, Instant now) {
		require(EnumSet.of(LeaveStatus.APPROVED));
		shortenTo(lastDay, remainingDays, now);
	}

	/**
	 * The employment ends on {@code lastDay}, inside the request: a pending or approved request now ends that day
	 * and says why.
	 */
	void endWithEmployment(LocalDate lastDay, BigDecimal remainingDays, String because, Instant now) {
		require(EnumSet.of(LeaveStatus.PENDING, LeaveStatus.APPROVED));
		shortenTo(lastDay, remainingDays, now);
		this.endedBecause = because;
	}

	private void shortenTo(LocalDate lastDay, BigDecimal remainingDays, Instant now) {
		if (lastDay.isBefore(startDate) || !lastDay.isBefore(endDate)) {
			throw new BusinessRuleException(422, "error.leave.returnDate", startDate, endDate);
		}
		this.endDate = lastDay;
		this.endHalf = null;
		this.days = remainingDays;
		this.updatedAt = now;
	}

	private void decide(LeaveStatus next, String comment, Instant now) {
		this.status = next;
		this.decisionComment = comment;
		this.updatedAt = now;
	}

	private void require(Set<LeaveStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new BusinessRuleException("error.leave.status", status);
		}
	}

	UUID id() {
		return id;
	}

	UUID employeeId() {
		return employeeId;
	}

	String typeCode() {
		return typeCode;
	}

	Period period() {
		return new Period(startDate, endDate, startHalf, endHalf, hours);
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	BigDecimal days() {
		return days;
	}

	boolean paid() {
		return paid;
	}

	LeaveStatus status() {
		return status;
	}

	String reason() {
		return reason;
	}

	String decisionComment() {
		return decisionComment;
	}

	String endedBecause() {
		return endedBecause;
	}
}
