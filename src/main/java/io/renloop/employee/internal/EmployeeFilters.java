package io.renloop.employee.internal;

import io.renloop.employee.EmployeeQuery;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The search criteria of the employee list as a query restriction. */
final class EmployeeFilters {

	private EmployeeFilters() {
	}

	static Specification<Employee> matching(EmployeeQuery query, EmployeeReferences references) {
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (query.q() != null && !query.q().isBlank()) {
				String pattern = "%" + escape(query.q().trim().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.like(root.get("searchText"), pattern, '\\'));
			}
			if (query.departmentId() != null) {
				predicates.add(root.get("departmentId").in(references.subtreeOf(query.departmentId())));
			}
			if (query.status() != null) {
				predicates.add(cb.equal(root.get("status"), query.status()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
