/**
 * Onboarding: offers (templates, approval, PDF, e-signature), onboarding cases of new hires (personal information,
 * documents, verification, checklists) and the employee record they end in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding",
		allowedDependencies = { "shared", "platform", "organization", "employee", "workflow", "recruitment",
				"interview" })
package io.renloop.onboarding;
