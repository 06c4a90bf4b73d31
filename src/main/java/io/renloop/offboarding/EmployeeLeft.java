package io.renloop.offboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An employee left: their last day ended, the employee record is TERMINATED and their logins are closed. For
 * analytics and the attrition model's labels.
 *
 * @param tenantId the tenant
 * @param employeeId the leaver
 * @param caseId the leaving case
 * @param lastDay the last day of employment
 * @param kind VOLUNTARY for a resignation, else INVOLUNTARY
 * @param cause the kind of leaving (retirement and death are usually left out of attrition figures)
 * @param legalGround the ground of a termination, else null
 * @param reasonCodes the reasons from the tenant's list known at the last day (exit interview or resignation)
 * @param regretted whether HR regrets the departure, null when not assessed
 */
public record EmployeeLeft(String tenantId, UUID employeeId, UUID caseId, LocalDate lastDay, Kind kind,
		LeavingKind cause, LegalGround legalGround, List<String> reasonCodes, Boolean regretted) {

	public EmployeeLeft {
		reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
	}

	/** Whose choice the departure was. */
	public enum Kind {
		VOLUNTARY, INVOLUNTARY
	}
}
