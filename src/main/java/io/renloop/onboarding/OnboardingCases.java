package io.renloop.onboarding;

import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.onboarding.OnboardingViews.CaseSummary;
import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.onboarding.OnboardingViews.Completion;
import java.util.List;
import java.util.UUID;

/**
 * Onboarding cases of the current tenant from the side of HR, IT and managers. A manager sees the cases of their
 * department (and the units below it); IT support sees every case, and works the IT items. Unknown ids, and ids of
 * other tenants, raise {@code NotFoundException}.
 */
public interface OnboardingCases {

	/**
	 * Opens the case of an accepted offer in the offer's tenant, instantiates the checklist and sends the new hire
	 * the link to their form; does nothing when the offer already has a case.
	 * @return the case
	 */
	UUID open(OfferAccepted offer);

	List<CaseSummary> list();

	/**
	 * @param reveal whether to show the personal information in plain text: needs the reveal permission, audited
	 */
	CaseDetails get(UUID id, boolean reveal);

	/**
	 * Marks a checklist item done; HR marks any item, IT its items, a manager the items of their department's cases.
	 * @throws io.renloop.platform.BusinessRuleException 403 for an item of another owner
	 */
	ChecklistItemView markDone(UUID caseId, UUID itemId);

	/**
	 * Creates the employee record of a SUBMITTED case, records pay and probation, moves the application to HIRED
	 * and writes the candidacy to the employee's timeline.
	 * @throws io.renloop.platform.BusinessRuleException 409 unless the case is SUBMITTED
	 */
	Completion complete(UUID id);

	/**
	 * The labour contract of a case: signed once the new hire signed it, else the draft; an audited read. It holds
	 * the full ID number, address and phone, so it needs the permission to reveal personal data.
	 * @throws io.renloop.platform.BusinessRuleException 403 without {@code EMPLOYEE_PII_REVEAL}; 409 before the new
	 * hire saved their information
	 */
	byte[] contractPdf(UUID id);
}
