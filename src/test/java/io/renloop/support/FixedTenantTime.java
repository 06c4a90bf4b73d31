package io.renloop.support;

import io.renloop.platform.TenantTime;
import java.time.Clock;
import java.time.ZoneId;

/** A tenant time over a fixed clock and zone for unit tests; the date logic under test is the interface's own. */
public record FixedTenantTime(Clock clock, ZoneId zoneOfEveryTenant) implements TenantTime {

	@Override
	public ZoneId zone(String tenantId) {
		return zoneOfEveryTenant;
	}
}
