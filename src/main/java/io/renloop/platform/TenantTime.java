package io.renloop.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the tenant's people see them: the tenant's time zone and the injected clock. Use this for "today" and
 * for default periods, never the machine's zone — in the evening (UTC) it is already tomorrow in Asia/Shanghai.
 */
public interface TenantTime {

	/** The clock every module reads the time from (tests may fix it). */
	Clock clock();

	/** The tenant's time zone; UTC for an unknown tenant. */
	ZoneId zone(String tenantId);

	/** The current tenant's time zone. */
	default ZoneId zone() {
		return zone(TenantContext.require());
	}

	/** Today in the current tenant's time zone. */
	default LocalDate today() {
		return LocalDate.now(clock().withZone(zone()));
	}
}
