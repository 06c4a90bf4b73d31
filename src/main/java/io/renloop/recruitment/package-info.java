/**
 * Recruitment: competency models, requisitions against the headcount plan, and resume parsing for the talent pipeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment",
		allowedDependencies = { "shared", "platform", "organization", "employee" })
package io.renloop.recruitment;
