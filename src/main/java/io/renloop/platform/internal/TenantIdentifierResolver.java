package io.renloop.platform.internal;

import io.renloop.platform.TenantContext;
import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate the tenant of the current unit of work, so that every {@code @TenantId} entity is
 * filtered and stamped with it. Without a tenant, queries match nothing.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

	static final String NO_TENANT = "-";

	@Override
	public String resolveCurrentTenantIdentifier() {
		return TenantContext.current().orElse(NO_TENANT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}
}
