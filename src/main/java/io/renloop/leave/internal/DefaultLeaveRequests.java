package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.leave.LeaveCancelled;
import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeaveStatus;
import io.renloop.leave.SubmitLeave;
import io.renloop.leave.TeamAbsence;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequests;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultLeaveRequests implements LeaveRequests {

	/** Why a pending request's approval was withdrawn when a person (not the system) cancelled it. */
	static final String CANCELLED_BY_REQUESTER = "CANCELLED_BY_REQUESTER";

	/** The longest list one call returns, newest first. */
	static final int LIST_LIMIT = 500;

	/** The widest team calendar: two months and a bit. */
	static final int CALENDAR_DAYS = 62;

	private final LeaveSubmission submission;

	private final LeaveRequestRepository requests;

	private final VisibleEmployees employees;

	private final HeldDays held;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TenantTime time;

	private final ApprovalRequests approvals;

	DefaultLeaveRequests(LeaveSubmission submission, LeaveRequestRepository requests, VisibleEmployees employees,
			HeldDays held, ApplicationEventPublisher events, AuditTrail audit, TenantTime time,
			ApprovalRequests approvals) {
		this.approvals = approvals;
		this.submission = submission;
		this.requests = requests;
		this.employees = employees;
		this.held = held;
		this.events = events;
		this.audit = audit;
		this.time = time;
	}

	@Override
	public LeaveRequestView submit(SubmitLeave command) {
		return submission.submit(command);
	}

	@Override
	@Transactional(readOnly = true)
	public LeaveRequestView get(UUID id) {
		LeaveRequest request = load(id);
		return LeaveRequestViews.view(request, employees.get(request.employeeId()).name());
	}

	@Override
	@Transactional(readOnly = true)
	public List<LeaveRequestView> list(UUID employeeId, LeaveStatus status) {
		if (employeeId != null) {
			EmployeeDetails employee = employees.get(employeeId);
			return views(find(Set.of(employeeId), status), Map.of(employeeId, employee.name()));
		}
		Optional<Set<UUID>> visible = employees.ids();
		List<LeaveRequest> found = visible.map(ids -> find(ids, status))
			.orElseGet(() -> status == null ? requests.findAllByOrderByStartDateDesc(Limit.of(LIST_LIMIT))
					: requests.findByStatusOrderByStartDateDesc(status, Limit.of(LIST_LIMIT)));
		return views(found, null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<LeaveRequestView> mine() {
		EmployeeDetails me = employees.me();
		return views(find(Set.of(me.id()), null), Map.of(me.id(), me.name()));
	}

	@Override
	public LeaveRequestView cancel(UUID id) {
		LeaveRequest request = load(id);
		LeaveRequestView before = get(id);
		withdraw(request, null);
		LeaveRequestView after = LeaveRequestViews.view(request, before.employeeName());
		audit.recordChange("CANCEL", "LeaveRequest", id, before, after);
		return after;
	}

	@Override
	public LeaveRequestView returnEarly(UUID id, LocalDate lastDay) {
		LeaveRequest request = load(id);
		LeaveRequestView before = get(id);
		shorten(request, lastDay, null);
		LeaveRequestView after = LeaveRequestViews.view(request, before.employeeName());
		audit.recordChange("RETURN_EARLY", "LeaveRequest", id, before, after);
		return after;
	}

	/**
	 * Cancels the request and gives its days back; approved leave is announced as cancelled, pending leave leaves the
	 * approvers' inboxes (its approval is withdrawn). {@code because} is the system's reason, null when a person
	 * cancels.
	 */
	void withdraw(LeaveRequest request, String because) {
		LeaveStatus was = request.status();
		request.cancel(time.clock().instant(), because);
		List<LocalDate> dates = held.releaseAll(request.id());
		if (was == LeaveStatus.APPROVED) {
			announceCancelled(request, request.startDate(), request.endDate(), dates, request.days());
		}
		if (was == LeaveStatus.PENDING) {
			approvals.withdraw(LeaveSubmission.SUBJECT_TYPE, request.id(),
					because == null ? CANCELLED_BY_REQUESTER : because);
		}
	}

	/**
	 * Ends the request on {@code lastDay} and gives the days after it back: an approved early return when
	 * {@code because} is null, else the system's cut (a pending request too) for that reason.
	 */
	void shorten(LeaveRequest request, LocalDate lastDay, String because) {
		boolean wasApproved = request.status() == LeaveStatus.APPROVED;
		LocalDate end = request.endDate();
		List<LocalDate> returned = held.daysOf(request.id()).stream().filter(day -> day.isAfter(lastDay)).toList();
		BigDecimal daysBefore = request.days();
		BigDecimal kept = request.days().subtract(returnedDays(request, lastDay));
		if (because == null) {
			request.endEarly(lastDay, kept, time.clock().instant());
		}
		else {
			request.endWithEmployment(lastDay, kept, because, time.clock().instant());
		}
		held.releaseAfter(request.id(), lastDay);
		if (wasApproved) {
			announceCancelled(request, lastDay.plusDays(1), end, returned, daysBefore.subtract(kept));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<TeamAbsence> away(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > CALENDAR_DAYS) {
			throw InvalidFieldsException.of("to", "error.leave.calendarRange", CALENDAR_DAYS);
		}
		Optional<Set<UUID>> visible = employees.ids();
		List<HeldDays.Held> days = held.between(visible.orElse(null), from, to, false);
		Map<UUID, String> names = employees.namesOf(days.stream().map(HeldDays.Held::employeeId)
			.collect(Collectors.toSet()));
		return days.stream()
			.filter(day -> names.containsKey(day.employeeId()))
			.map(day -> new TeamAbsence(day.employeeId(), names.get(day.employeeId()), day.day(), day.type(),
					day.half(), LeaveStatus.valueOf(day.status())))
			.toList();
	}

	private BigDecimal returnedDays(LeaveRequest request, LocalDate lastDay) {
		return held.between(List.of(request.employeeId()), lastDay.plusDays(1), request.endDate(), false).stream()
			.filter(day -> day.requestId().equals(request.id()))
			.map(HeldDays.Held::fraction)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void announceCancelled(LeaveRequest request, LocalDate from, LocalDate to, List<LocalDate> dates,
			BigDecimal days) {
		events.publishEvent(new LeaveCancelled(TenantContext.require(), request.id(), request.employeeId(),
				request.typeCode(), from, to, dates, LeaveSpan.plain(days), request.paid()));
	}

	private List<LeaveRequest> find(Set<UUID> employeeIds, LeaveStatus status) {
		if (employeeIds.isEmpty()) {
			return List.of();
		}
		return status == null ? requests.findByEmployeeIdInOrderByStartDateDesc(employeeIds, Limit.of(LIST_LIMIT))
				: requests.findByEmployeeIdInAndStatusOrderByStartDateDesc(employeeIds, status, Limit.of(LIST_LIMIT));
	}

	private List<LeaveRequestView> views(List<LeaveRequest> found, Map<UUID, String> knownNames) {
		Map<UUID, String> names = knownNames != null ? knownNames
				: employees.namesOf(found.stream().map(LeaveRequest::employeeId).collect(Collectors.toSet()));
		return found.stream().map(r -> LeaveRequestViews.view(r, names.get(r.employeeId()))).toList();
	}

	/** A request of an employee the caller may see; 404 otherwise. */
	private LeaveRequest load(UUID id) {
		LeaveRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("LeaveRequest", id));
		employees.get(request.employeeId());
		return request;
	}
}
