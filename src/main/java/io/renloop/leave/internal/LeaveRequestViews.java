package io.renloop.leave.internal;

import io.renloop.leave.LeaveRequestView;

/** Requests as the API shows them. */
final class LeaveRequestViews {

	private LeaveRequestViews() {
	}

	static LeaveRequestView view(LeaveRequest request, String employeeName) {
		LeaveRequest.Period period = request.period();
		return new LeaveRequestView(request.id(), request.employeeId(), employeeName, request.typeCode(),
				period.start(), period.end(), period.startHalf(), period.endHalf(), period.hours(),
				LeaveSpan.plain(request.days()), request.paid(), request.status(), request.reason(),
				request.decisionComment(), request.endedBecause());
	}
}
