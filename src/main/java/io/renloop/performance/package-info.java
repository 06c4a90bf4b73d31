/**
 * Performance management: cycles with phases, templates (KPI with sandboxed scoring formulas, OKR, competencies,
 * 360 feedback), metric data from other systems, self and manager reviews, calibration against a grade
 * distribution, approval and publication of results, appeals and the talent review. Publishes
 * {@link io.renloop.performance.PerformanceResultsPublished} for payroll, training and analytics (ADR 0018).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance",
		allowedDependencies = { "shared", "platform", "platform :: formula", "organization", "employee", "workflow", "recruitment" })
package io.renloop.performance;
