package io.renloop.workflow;

/**
 * Configures who approves what in the current tenant: a chain of steps per subject type, or an uploaded BPMN
 * process for tenants who model their own. Changes are audited and apply to approvals started afterwards.
 */
public interface ApprovalChains {

	/** The chain that runs for the subject type: the tenant's own, else the product's default. */
	ApprovalChain chain(String subjectType);

	/** Replaces the tenant's chain of the subject type; invalid steps raise {@code InvalidFieldsException}. */
	ApprovalChain configure(String subjectType, java.util.List<ApprovalChainStep> steps);

	/**
	 * Uses an uploaded BPMN 2.0 process for the subject type; it must parse and contain at least one user task,
	 * else {@code BusinessRuleException}.
	 */
	ApprovalChain uploadBpmn(String subjectType, byte[] bpmnXml);
}
