package io.renloop.training.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeRecordChanged;
import io.renloop.employee.Employees;
import io.renloop.platform.TenantTransactions;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps training's copy of who works where (ADR 0018): on every hire, lifecycle step or edit of an employee record
 * it reads the record again through the employee module and stores its current state, which makes a repeated or
 * late event harmless. A rebuild refills the copy from the employee directory — at the first compliance view of a
 * tenant whose copy was never filled (an upgrade), and on request after an import that bypassed the application.
 */
@Component
public class LearnerRoster {

	/** Far enough ahead to include everyone hired with a future start date. */
	private static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

	private final LearnerStore learners;

	private final Employees employees;

	private final EmployeeDirectory directory;

	private final TenantTransactions inTenant;

	private final TenantTime time;

	private final ComplianceLineTable lines;

	LearnerRoster(LearnerStore learners, Employees employees, EmployeeDirectory directory,
			TenantTransactions inTenant, TenantTime time, ComplianceLineTable lines) {
		this.learners = learners;
		this.employees = employees;
		this.directory = directory;
		this.inTenant = inTenant;
		this.time = time;
		this.lines = lines;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeHired hired) {
		refresh(hired.tenantId(), hired.employeeId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		refresh(changed.tenantId(), changed.employeeId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeRecordChanged changed) {
		refresh(changed.tenantId(), changed.employeeId());
	}

	/** Fills the current tenant's learners when they never were (an upgrade); in the caller's transaction. */
	public void fillOnce() {
		if (!learners.filled()) {
			rebuild();
		}
	}

	/**
	 * Replaces the current tenant's learners with everyone the employee directory knows who has not left before
	 * today, and rewrites their compliance lines; in the caller's transaction. Returns how many were written.
	 */
	public int rebuild() {
		// cleared before the directory is read: a hire committed meanwhile is either read or kept by its event
		learners.clear(time.clock().instant());
		List<Entry> everyone = directory.employedBetween(time.today(), FOREVER);
		learners.putAll(everyone);
		lines.refreshAll();
		return everyone.size();
	}

	private void refresh(String tenantId, UUID employeeId) {
		inTenant.run(tenantId, () -> {
			EmployeeDetails e = employees.get(employeeId);
			learners.put(new Entry(e.id(), e.employeeNo(), e.name(), e.departmentId(), e.hireDate(),
					e.terminationDate(), e.positionId()));
			lines.refresh(e.id());
		});
	}
}
