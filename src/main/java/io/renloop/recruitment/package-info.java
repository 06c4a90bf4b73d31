/**
 * Recruitment: resume parsing (text extraction, entity spans, structured profile) for the talent pipeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment",
		allowedDependencies = { "shared", "platform", "organization", "employee" })
package io.renloop.recruitment;
