package io.renloop.platform.internal;

import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantTime;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** The tenant's zone as its administrators set it, over the application's clock. */
@Component
class DefaultTenantTime implements TenantTime {

	private final Clock clock;

	private final TenantAdministration tenants;

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
		return tenants.tenant(tenantId).map(TenantView::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
	}
}
