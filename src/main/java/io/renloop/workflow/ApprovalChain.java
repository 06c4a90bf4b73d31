package io.renloop.workflow;

import java.util.List;

/**
 * The approval chain of one subject type in the current tenant: ordered steps, or an uploaded BPMN process.
 *
 * @param subjectType the subject type the chain approves, e.g. {@code offer}
 * @param source where the chain comes from: the product's default, the tenant's configuration, or uploaded BPMN
 * @param steps the ordered steps (empty for uploaded BPMN)
 */
public record ApprovalChain(String subjectType, Source source, List<ApprovalChainStep> steps) {

	public ApprovalChain {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	/** Where a chain comes from. */
	public enum Source {
		DEFAULT, CONFIGURED, BPMN
	}
}
