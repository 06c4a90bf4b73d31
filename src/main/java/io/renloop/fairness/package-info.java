/**
 * Fairness: candidates' voluntary self-reports (gender, age band), kept apart from everything that scores or
 * matches, and the adverse-impact report built from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fairness",
		allowedDependencies = { "shared", "platform", "recruitment", "interview" })
package io.renloop.fairness;
