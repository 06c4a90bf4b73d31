/**
 * Decimal formulas that tenants type (salary items, KPI scoring): compiled in a sandbox that cannot reach classes or
 * methods, evaluated in decimal arithmetic within a time limit, and explained for a reader.
 */
@org.springframework.modulith.NamedInterface("formula")
package io.renloop.platform.formula;
