package io.renloop.payroll;

import java.util.List;
import java.util.UUID;

/**
 * Payroll runs of the current tenant: draft → calculate → review → approve (workflow subject {@code payroll-run})
 * → publish. Reads need PAYROLL_READ; changes PAYROLL_WRITE; publishing PAYROLL_ADMIN. Every change is audited.
 */
public interface PayrollRuns {

	String SUBJECT_TYPE = "payroll-run";

	/** Opens the month's run of a pay group; 409 when one exists. */
	PayrollRunView create(CreatePayrollRun command);

	/**
	 * Opens a correction (补发/补扣) of a published regular run: a run of kind {@code CORRECTION} for the same month
	 * and pay group that recalculates the month with the inputs as they are now; its differences are paid with the
	 * next month whose regular run is not approved yet. 409 unless the run is published, or while another correction
	 * of it is not published yet.
	 */
	PayrollRunView correct(UUID runId);

	List<PayrollRunView> list();

	PayrollRunView get(UUID runId);

	/**
	 * Starts the calculation as a background job and returns its id; 409 while another calculation of the same
	 * period runs, and once the run is submitted.
	 */
	UUID calculate(UUID runId);

	/** The employees of a calculated run, flagged rows first when {@code flaggedOnly}. */
	List<PayrollReviewLine> review(UUID runId, boolean flaggedOnly, int limit);

	/** The run's totals by department and cost item (PAYROLL_READ). */
	PayrollSummary summary(UUID runId);

	/** Starts the approval; the run is locked for calculation while it runs. */
	PayrollRunView submit(UUID runId);

	/** Publishes an approved run: payslips become visible and {@link PayrollPublished} is announced. */
	PayrollRunView publish(UUID runId);
}
