/**
 * Desk: the shell every desk page sits in — the sidebar grouped by the employee lifecycle (only what the user may
 * use), the top bar, and the global search over employees, candidates, requisitions, departments, pages and actions,
 * each within the viewer's permissions and data scope. It owns no data; it reads the modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk",
		allowedDependencies = { "shared", "platform", "organization", "employee", "recruitment", "workflow" })
package io.renloop.desk;
