/**
 * Payroll, China first: effective-dated pay structures, pay groups, salary items with sandboxed decimal formulas,
 * social insurance and housing fund by region, individual income tax by the cumulative withholding method, payroll
 * runs calculated as restartable background jobs and approved through the workflow module, and payslips that explain
 * every line. Reads closed attendance months from the time modules and opens a new hire's pay structure from the
 * accepted offer and pays a leaver's final settlement (ADR 0018: calls go down, events come up; ADR 0025).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payroll",
		allowedDependencies = { "shared", "platform", "platform :: formula", "organization", "employee", "workflow",
				"onboarding", "attendance", "leave", "performance", "offboarding" })
package io.renloop.payroll;
