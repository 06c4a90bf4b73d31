package io.renloop.platform.internal;

import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantTime;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The tenant's zone as it was set when the tenant was created, over the application's clock. A tenant's zone never
 * changes afterwards, so it is read once per tenant and node: most requests ask for "today" more than once.
 */
@Component
class DefaultTenantTime implements TenantTime {

	private final Clock clock;

	private final TenantAdministration tenants;

	private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

	DefaultTenantTime(Clock clock, TenantAdministration tenants) {
		this.clock = clock;
		this.tenants = tenants;
	}

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public ZoneId zone(String tenantId) {
		ZoneId known = zones.get(tenantId);
		if (known != null) {
			return known;
		}
		// an unknown tenant is not remembered: it may be created later
		return tenants.tenant(tenantId).map(TenantView::timeZone).map(ZoneId::of).map(zone -> {
			zones.put(tenantId, zone);
			return zone;
		}).orElse(ZoneOffset.UTC);
	}
}
