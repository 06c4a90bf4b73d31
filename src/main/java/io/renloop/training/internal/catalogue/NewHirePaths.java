package io.renloop.training.internal.catalogue;

import io.renloop.employee.EmployeeHired;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Enrols every new employee in the tenant's new-hire paths and their position's paths, each course due some days
 * after the hire date. Idempotent: a course the employee already has is skipped (unique open enrolment).
 */
@Component
class NewHirePaths {

	private final PathStore paths;

	private final Enrolling enrolling;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	NewHirePaths(PathStore paths, Enrolling enrolling, AuditTrail audit, TenantTransactions inTenant) {
		this.paths = paths;
		this.enrolling = enrolling;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeHired hired) {
		inTenant.run(hired.tenantId(), () -> {
			for (PathStore.PathCourse step : paths.forNewHire(hired.positionId())) {
				enrolling.enrolByPath(step.courseId(), hired.employeeId(), step.pathId(),
						hired.hireDate().plusDays(step.dueDays()))
					.ifPresent(id -> audit.recordChange("CREATE", "TrainingEnrolment", id, null,
							Map.of("employee", hired.employeeId(), "path", step.pathId(), "source", "PATH")));
			}
		});
	}
}
