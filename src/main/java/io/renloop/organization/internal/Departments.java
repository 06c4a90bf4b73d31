package io.renloop.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Departments extends ListCrudRepository<Department, UUID> {

	@Query("select d from Department d order by d.path")
	List<Department> findAllByPath();

	@Query("select d from Department d where d.path like concat(?1, '%')")
	List<Department> findByPathPrefix(String pathPrefix);

	Optional<Department> findByCode(String code);

	boolean existsByCode(String code);

	/**
	 * Whether the department belongs to the tenant, whatever tenant the caller's session runs as (logins are created
	 * before any tenant context exists, e.g. at bootstrap).
	 */
	@Query(value = "select exists(select 1 from organization.department where id = ?1 and tenant_id = ?2)", nativeQuery = true)
	boolean existsInTenant(UUID id, String tenantId);
}
