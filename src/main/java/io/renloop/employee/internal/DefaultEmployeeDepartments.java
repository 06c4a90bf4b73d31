package io.renloop.employee.internal;

import io.renloop.employee.EmployeeDepartments;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultEmployeeDepartments implements EmployeeDepartments {

	/** Above this many ids, reading the whole tenant's pairs is cheaper than a huge IN list. */
	private static final int IN_LIST_LIMIT = 1_000;

	private final EntityManager entities;

	DefaultEmployeeDepartments(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public Map<UUID, UUID> departmentsOf(Collection<UUID> employeeIds) {
		if (employeeIds.isEmpty()) {
			return Map.of();
		}
		Set<UUID> wanted = new HashSet<>(employeeIds);
		List<Object[]> rows = wanted.size() <= IN_LIST_LIMIT
				? entities.createQuery("select e.id, e.departmentId from Employee e where e.id in :ids", Object[].class)
					.setParameter("ids", wanted)
					.getResultList()
				: entities.createQuery("select e.id, e.departmentId from Employee e", Object[].class).getResultList();
		Map<UUID, UUID> result = new HashMap<>(Math.min(rows.size(), wanted.size()) * 2);
		for (Object[] row : rows) {
			if (wanted.contains((UUID) row[0])) {
				result.put((UUID) row[0], (UUID) row[1]);
			}
		}
		return result;
	}
}
