package io.renloop.platform.internal;

import org.springframework.data.repository.ListCrudRepository;

interface Tenants extends ListCrudRepository<Tenant, String> {
}
