/**
 * Workspace: the employee's home on a phone ({@code /me}), also inside WeCom and DingTalk web views. It gathers what
 * the modules below it offer through their public APIs — approvals waiting, clock-in, the month's days, leave
 * balances and requests, payslips — and owns no data of its own. Each module adds its tile here when it lands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
		allowedDependencies = { "shared", "platform", "employee", "workflow", "attendance", "leave", "payroll" })
package io.renloop.workspace;
