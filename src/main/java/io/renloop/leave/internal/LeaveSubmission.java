package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.SubmitLeave;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Submits a request: counts its days, checks the limits, holds the half days and starts the approval (subject type
 * {@code leave}, the days as the amount that the chain's HR threshold compares).
 */
@Component
class LeaveSubmission {

	static final String SUBJECT_TYPE = "leave";

	private final VisibleEmployees employees;

	private final LeaveCounting counting;

	private final LeaveLimits limits;

	private final LeaveRequestRepository requests;

	private final HeldDays held;

	private final ApprovalRequests approvals;

	private final AuditTrail audit;

	private final TenantTime time;

	LeaveSubmission(VisibleEmployees employees, LeaveCounting counting, LeaveLimits limits,
			LeaveRequestRepository requests, HeldDays held, ApprovalRequests approvals, AuditTrail audit,
			TenantTime time) {
		this.employees = employees;
		this.counting = counting;
		this.limits = limits;
		this.requests = requests;
		this.held = held;
		this.approvals = approvals;
		this.audit = audit;
		this.time = time;
	}

	LeaveRequestView submit(SubmitLeave command) {
		Employment employee = command.employeeId() == null ? employees.myEmployment()
				: employees.employmentOf(command.employeeId());
		limits.checkEmployment(employee, command.start(), command.end());
		LeaveCounting.Counted counted = counting.count(employee.id(), command);
		limits.check(employee, counted, command.start(), command.end(), time.today());
		BigDecimal days = counted.span().days();
		LeaveRequest request = new LeaveRequest(employee.id(), counted.type().code(),
				new LeaveRequest.Period(command.start(), command.end(), command.startHalf(), command.endHalf(),
						command.hours()),
				days, counted.type().paid(), blankToNull(command.reason()), CurrentUser.require().email(),
				time.clock().instant());
		requests.save(request);
		try {
			held.hold(request.id(), employee.id(), counted.span().slots());
		}
		catch (DuplicateKeyException raced) {
			throw new BusinessRuleException("error.leave.overlap", command.start());
		}
		approvals.start(new ApprovalRequest(SUBJECT_TYPE, request.id(), title(employee, counted, command, days),
				employee.departmentId(), employee.id(), days, Map.of("type", counted.type().code(), "start",
						command.start().toString(), "end", command.end().toString(), "days", days)));
		LeaveRequestView view = LeaveRequestViews.view(request, employee.name());
		audit.recordChange("CREATE", "LeaveRequest", request.id(), null, view);
		return view;
	}

	private static String title(Employment employee, LeaveCounting.Counted counted, SubmitLeave command,
			BigDecimal days) {
		return "请假 Leave · " + employee.name() + " · " + counted.type().nameZh() + " " + counted.type().nameEn()
				+ " · " + command.start() + " – " + command.end() + " · " + days.toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
