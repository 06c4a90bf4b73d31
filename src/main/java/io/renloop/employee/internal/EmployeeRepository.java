package io.renloop.employee.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmployeeRepository extends ListCrudRepository<Employee, UUID>, JpaSpecificationExecutor<Employee> {

	boolean existsByEmployeeNo(String employeeNo);

	/** Whether the employee belongs to the tenant, whatever tenant the caller's session runs as. */
	@Query(value = "select exists(select 1 from employee.employee where id = ?1 and tenant_id = ?2)", nativeQuery = true)
	boolean existsInTenant(UUID id, String tenantId);

	Optional<Employee> findByEmployeeNo(String employeeNo);

	@Query("select max(e.employeeNo) from Employee e where e.employeeNo like concat(?1, '%')")
	Optional<String> maxEmployeeNoWithPrefix(String prefix);

	@Query("select e.departmentId, e.positionId, count(e) from Employee e where e.status <> io.renloop.employee.EmployeeStatus.TERMINATED and e.positionId is not null group by e.departmentId, e.positionId")
	List<Object[]> countActiveBySlot();

	@Query("select e.id, e.name from Employee e where e.id in ?1")
	List<Object[]> namesOf(java.util.Collection<UUID> ids);
}
