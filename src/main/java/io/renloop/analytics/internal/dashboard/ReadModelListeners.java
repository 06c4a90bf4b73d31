package io.renloop.analytics.internal.dashboard;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.attendance.AttendancePeriods;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeRecordChanged;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.ExitInterviewCompleted;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OfferDeclined;
import io.renloop.onboarding.OfferExtended;
import io.renloop.payroll.PayrollPublished;
import io.renloop.payroll.PayrollRuns;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.ApplicationStageChanged;
import io.renloop.recruitment.RequisitionClosed;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.training.CertificateExpired;
import io.renloop.training.CourseCompleted;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Feeds the dashboards' read models from the modules' durable events, each run as the event's tenant in its own
 * transaction (ADR 0018). Every handler is idempotent (ADR 0027): the same event twice changes nothing. Where an event
 * carries too little (a hire without the name, an application without its cost, a closed attendance month with only
 * counts), the owning module's public API is asked at event time through {@link ModuleFacts}.
 */
@Component
class ReadModelListeners {

	private final ReadModelTables tables;

	private final ModuleFacts facts;

	private final AttendancePeriods attendance;

	private final PayrollRuns payroll;

	private final TenantTransactions inTenant;

	private final TenantTime time;

	private final UnitSummaries summaries;

	ReadModelListeners(ReadModelTables tables, ModuleFacts facts, AttendancePeriods attendance, PayrollRuns payroll,
			TenantTransactions inTenant, TenantTime time, UnitSummaries summaries) {
		this.tables = tables;
		this.summaries = summaries;
		this.facts = facts;
		this.attendance = attendance;
		this.payroll = payroll;
		this.inTenant = inTenant;
		this.time = time;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeHired hired) {
		inTenant.run(hired.tenantId(), () -> changingPeople(hired.tenantId(), hired.employeeId(),
				() -> tables.person(hired.tenantId(), facts.person(hired))));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		inTenant.run(changed.tenantId(), () -> changingPeople(changed.tenantId(), changed.employeeId(), () -> {
			facts.ensurePerson(changed.tenantId(), changed.employeeId());
			tables.lifecycleChanged(changed);
		}));
	}

	/** An edit in place: the record is read again (it may move the person's unit without a step). */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeRecordChanged changed) {
		inTenant.run(changed.tenantId(), () -> changingPeople(changed.tenantId(), changed.employeeId(),
				() -> facts.recordChanged(changed.tenantId(), changed.employeeId())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLeft left) {
		inTenant.run(left.tenantId(), () -> changingPeople(left.tenantId(), left.employeeId(), () -> {
			facts.ensurePerson(left.tenantId(), left.employeeId());
			tables.left(left.tenantId(), ReadModelTables.Exit.of(left));
		}));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ExitInterviewCompleted completed) {
		inTenant.run(completed.tenantId(), () -> tables.exitInterviewCompleted(completed));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RequisitionOpened opened) {
		inTenant.run(opened.tenantId(), () -> {
			tables.requisitionOpened(opened);
			summaries.requisition(opened.tenantId(), opened.requisitionId());
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RequisitionClosed closed) {
		inTenant.run(closed.tenantId(), () -> tables.requisitionClosed(closed));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApplicationReceived received) {
		inTenant.run(received.tenantId(), () -> {
			facts.application(received.tenantId(), received.applicationId(), received.channel().name(),
					received.duplicate(), received.receivedAt());
			summaries.applications(received.tenantId(), List.of(received.applicationId()));
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApplicationStageChanged changed) {
		inTenant.run(changed.tenantId(), () -> {
			facts.ensureApplication(changed.tenantId(), changed.applicationId());
			tables.stageChanged(changed);
			summaries.applications(changed.tenantId(), List.of(changed.applicationId()));
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferExtended extended) {
		inTenant.run(extended.tenantId(), () -> tables.offer(extended.tenantId(), extended.offerId(),
				extended.applicationId(), extended.requisitionId(), extended.departmentId(), extended.positionId(),
				"MADE", extended.extendedAt()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted accepted) {
		inTenant.run(accepted.tenantId(), () -> tables.offer(accepted.tenantId(), accepted.offerId(),
				accepted.applicationId(), accepted.requisitionId(), accepted.departmentId(), accepted.positionId(),
				"ACCEPTED", accepted.acceptedAt()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferDeclined declined) {
		inTenant.run(declined.tenantId(), () -> tables.offer(declined.tenantId(), declined.offerId(),
				declined.applicationId(), declined.requisitionId(), declined.departmentId(), declined.positionId(),
				"DECLINED", declined.declinedAt()));
	}

	/** The event carries only counts: the month's results per employee come from attendance's public API. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttendancePeriodClosed closed) {
		YearMonth period = YearMonth.parse(closed.period());
		inTenant.run(closed.tenantId(), () -> {
			tables.attendanceMonth(closed.tenantId(), period, attendance.closedMonth(period));
			summaries.attendance(closed.tenantId(), List.of(period));
		});
	}

	/** The event carries department totals only: the cost items come from payroll's summary of the run. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PayrollPublished published) {
		inTenant.run(published.tenantId(), () -> tables.payrollPublished(published.tenantId(), published.runId(),
				published.period(), payroll.summary(published.runId()).departments()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CourseCompleted completed) {
		LocalDate day = completed.completedAt().atZone(time.zone(completed.tenantId())).toLocalDate();
		inTenant.run(completed.tenantId(), () -> {
			tables.courseCompleted(completed.tenantId(), completed.employeeId(), completed.courseId(), day,
					completed.hours());
			summaries.training(completed.tenantId(), List.of(day));
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CertificateExpired expired) {
		inTenant.run(expired.tenantId(), () -> tables.certificateExpired(expired));
	}

	/**
	 * A change of a person: the hires and leavers are recounted where they counted before and where they count now,
	 * and facts that arrived before the person or before a step move to the unit of their day.
	 */
	private void changingPeople(String tenantId, UUID employeeId, Runnable change) {
		Set<UnitSummaries.PeopleSlice> slices = summaries.peopleSlices(tenantId, List.of(employeeId));
		change.run();
		slices.addAll(summaries.peopleSlices(tenantId, List.of(employeeId)));
		summaries.people(tenantId, slices);
		summaries.reassign(tenantId, List.of(employeeId));
	}
}
