/**
 * Offboarding: leaving cases (resignation, termination on a legal ground, retirement, death) approved through the
 * workflow module, checklists per owner, the exit interview, the final settlement (economic compensation of Labour
 * Contract Law art. 47, pay in lieu of notice, unused annual leave), the last day, which ends the employment and
 * every login of the leaver, and the signed leaving documents (the art. 50 certificate, the settlement statement, the
 * handover record) behind a 90-day link that needs no login. Announces {@link io.renloop.offboarding.EmployeeLeft} and
 * {@link io.renloop.offboarding.SettlementApproved} to the modules above it (ADR 0018, ADR 0025).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offboarding",
		allowedDependencies = { "shared", "platform", "organization", "employee", "workflow" })
package io.renloop.offboarding;
