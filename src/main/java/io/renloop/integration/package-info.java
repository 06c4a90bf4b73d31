/**
 * Integration: bulk import and export of departments, positions and employees (Excel and CSV).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
		allowedDependencies = { "shared", "platform", "organization", "employee" })
package io.renloop.integration;
