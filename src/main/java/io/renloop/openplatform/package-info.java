/**
 * Open platform: signed outbound webhooks fed by the durable domain events of the modules below it, OAuth2 client
 * credentials for integrations and per-client rate limits (ADR 0040). It sits at the top of the module graph: it
 * listens to employee, leave, attendance, payroll, onboarding and offboarding, and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open platform",
		allowedDependencies = { "shared", "platform", "employee", "leave", "attendance", "payroll", "onboarding",
				"offboarding" })
package io.renloop.openplatform;
