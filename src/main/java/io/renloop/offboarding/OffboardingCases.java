package io.renloop.offboarding;

import io.renloop.offboarding.OffboardingCommands.OpenCase;
import io.renloop.offboarding.OffboardingCommands.RehireDecision;
import io.renloop.offboarding.OffboardingCommands.Resign;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Leaving cases of the current tenant. Reads are narrowed to the caller's data scope (HR the whole tenant, a manager
 * the department subtree, IT support and finance the approved cases, anyone their own); a case outside it is not
 * found. Every change is audited.
 */
public interface OffboardingCases {

	/** The signed-in employee resigns; starts the approval (manager, then HR). 409 while a case of theirs runs. */
	CaseDetails resign(Resign command);

	/** The signed-in employee's latest case, if any. */
	Optional<CaseDetails> mine();

	/** HR opens a case for an employee; a termination needs its legal ground. Starts the approval. */
	CaseDetails open(OpenCase command);

	/** Cases in the caller's scope, last day first; {@code status} null for all. */
	List<CaseSummary> list(CaseStatus status);

	CaseDetails get(UUID id);

	/** The leaver or HR withdraws a case before the last day. */
	CaseDetails withdraw(UUID id);

	/** The owner of an item (or HR) marks it done. */
	CaseDetails markDone(UUID caseId, UUID itemId);

	/** HR computes and stores the final settlement; allowed until it is approved. */
	CaseDetails settle(UUID id, Settle command);

	/** HR approves the settlement: payroll receives it ({@link SettlementApproved}). */
	CaseDetails approveSettlement(UUID id);

	/** HR ends the employment now, on or after the last day, without waiting for the scheduled run. */
	CaseDetails depart(UUID id);

	/** HR records whether the leaver may be hired again. */
	CaseDetails decideRehire(UUID id, RehireDecision decision);
}
