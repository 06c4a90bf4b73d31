/**
 * Analytics: dashboards over the other modules' data (headcount, structure) and the read models it keeps from their
 * events, such as whether the AI interview's dimension scores predict later performance (predictive validity), and
 * workforce plans from business goals (ADR 0029).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "shared", "platform", "organization", "employee", "recruitment", "interview",
				"onboarding", "performance", "attendance", "offboarding", "payroll", "training" })
package io.renloop.analytics;
