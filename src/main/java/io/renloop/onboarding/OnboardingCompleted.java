package io.renloop.onboarding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An onboarding case was completed into an employee record: the new hire starts on the offer's terms. Carries no
 * pay; who needs the agreed pay reads the case ({@link OnboardingCases#get}).
 *
 * @param offerId the accepted offer whose terms the new hire starts on
 * @param employeeId the employee record created
 * @param startDate the first working day
 * @param rehire whether the new hire is a former employee who rejoined their old record (which may hold an earlier
 *     pay structure, balances and logins)
 */
public record OnboardingCompleted(String tenantId, UUID caseId, UUID offerId, UUID employeeId, LocalDate startDate,
		boolean rehire) {

	/** A first hire: a new employee record. */
	public OnboardingCompleted(String tenantId, UUID caseId, UUID offerId, UUID employeeId, LocalDate startDate) {
		this(tenantId, caseId, offerId, employeeId, startDate, false);
	}
}
