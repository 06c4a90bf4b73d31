/**
 * Platform: tenants, users, roles and data scopes, API tokens, i18n, problem details and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package io.renloop.platform;
