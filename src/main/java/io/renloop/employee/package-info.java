/**
 * Employee: the employee record with encrypted personal data, and the lifecycle timeline other modules append to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employee", allowedDependencies = { "shared", "platform", "organization" })
package io.renloop.employee;
