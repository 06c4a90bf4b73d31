package io.renloop.payroll.internal.region;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The regions' rules as a tenant uses them: the built-in versions shipped with the application (the official
 * figures, see {@code payroll/regions-cn-2025.json}) and the tenant's own versions, in one history per code. On a
 * day the newest version that starts on or before it applies; on the same start day the tenant's own wins.
 */
public interface RegionRules {

	/** The rules of the current tenant for that region in force on that day (tenant's own versions override the built-in seed). */
	Optional<Region> effective(String code, LocalDate day);

	/** Bulk, for payroll runs of many employees: every region of the tenant in force on that day, by code. Tenant explicit (runs execute as background jobs). */
	Map<String, Region> effectiveAll(String tenantId, LocalDate day);
}
