/**
 * Organization: the org tree (company, departments, teams), positions, job families and headcount plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = { "shared", "platform" })
package io.renloop.organization;
