package io.renloop.employee.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmployeeRepository extends ListCrudRepository<Employee, UUID>, JpaSpecificationExecutor<Employee> {

	boolean existsByEmployeeNo(String employeeNo);

	Optional<Employee> findByEmployeeNo(String employeeNo);

	@Query("select max(e.employeeNo) from Employee e where e.employeeNo like concat(?1, '%')")
	Optional<String> maxEmployeeNoWithPrefix(String prefix);

	@Query("select e.departmentId, e.positionId, count(e) from Employee e where e.status <> io.renloop.employee.EmployeeStatus.TERMINATED and e.positionId is not null group by e.departmentId, e.positionId")
	List<Object[]> countActiveBySlot();

	@Query("select e.id, e.name from Employee e where e.id in ?1")
	List<Object[]> namesOf(java.util.Collection<UUID> ids);
}
