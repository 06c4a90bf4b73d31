package io.renloop.recruitment;

import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionCommands.OpenRequisition;
import io.renloop.shared.PageView;
import java.util.List;
import java.util.UUID;

/**
 * Requisitions (招聘需求) of the current tenant. Unknown ids, and ids of other tenants, raise
 * {@code NotFoundException}; transitions not allowed from the current status raise a 409
 * {@code BusinessRuleException}.
 */
public interface Requisitions {

	/** Creates a DRAFT requisition for an existing position and department. */
	RequisitionView create(CreateRequisition command);

	/** Newest first, optionally only those of one status. */
	PageView<RequisitionView> list(RequisitionStatus status, int page, int size);

	/**
	 * Like {@link #list(RequisitionStatus, int, int)} in the order {@code sort}: {@code title}, {@code headcount},
	 * {@code status} or {@code createdAt}, a leading {@code -} for descending; anything else for newest first.
	 */
	PageView<RequisitionView> list(RequisitionStatus status, int page, int size, String sort);

	/** One requisition with its position's competency model. */
	RequisitionView get(UUID id);

	/** The newest requisitions whose title contains the text, ignoring case: for the desk's search box. */
	List<RequisitionView> search(String text, int size);

	/**
	 * Opens a DRAFT or ON_HOLD requisition. Fails with 409 when its headcount exceeds what the plan leaves
	 * (planned − filled − other OPEN requisitions of the same department and position), unless the command
	 * overrides: that needs HEADCOUNT_OVERRIDE and a reason, and is audited. Publishes {@link RequisitionOpened}.
	 */
	RequisitionView open(UUID id, OpenRequisition command);

	/** Puts an OPEN requisition on hold; publishes {@link RequisitionPutOnHold}. */
	RequisitionView hold(UUID id);

	/** Closes a requisition that is not closed yet; publishes {@link RequisitionClosed}. */
	RequisitionView close(UUID id);
}
