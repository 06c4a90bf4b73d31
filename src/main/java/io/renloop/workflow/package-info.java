/**
 * Workflow: generic approvals on the embedded Flowable engine. Business modules start an approval through
 * {@link io.renloop.workflow.ApprovalRequests} and listen for {@link io.renloop.workflow.ApprovalDecided}; this
 * module never imports a business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
		allowedDependencies = { "shared", "platform", "organization", "employee" })
package io.renloop.workflow;
