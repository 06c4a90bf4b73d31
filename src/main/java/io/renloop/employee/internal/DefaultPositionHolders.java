package io.renloop.employee.internal;

import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.PositionHolders;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultPositionHolders implements PositionHolders {

	private final EmployeeRepository employees;

	private final EmployeeHistoryJson history;

	DefaultPositionHolders(EmployeeRepository employees, EmployeeHistoryJson history) {
		this.employees = employees;
		this.history = history;
	}

	@Override
	public List<Qualifications> activeIn(UUID positionId) {
		Specification<Employee> holders = (root, query, criteria) -> criteria.and(
				criteria.equal(root.get("positionId"), positionId),
				criteria.notEqual(root.get("status"), EmployeeStatus.TERMINATED));
		return employees.findAll(holders)
			.stream()
			.map(e -> new Qualifications(e.id(), e.hireDate(),
					e.education() == null ? null : history.education(e.education()),
					e.workHistory() == null ? null : history.workHistory(e.workHistory()),
					e.certificates() == null ? null : history.certificates(e.certificates())))
			.toList();
	}
}
