package io.renloop.employee.internal;

import io.renloop.employee.EmployeeQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The search criteria of the employee list as a query restriction. */
final class EmployeeFilters {

	private EmployeeFilters() {
	}

	static Specification<Employee> matching(EmployeeQuery query, EmployeeReferences references) {
		// resolved once here, not in the lambda: a page runs the restriction twice (rows and total)
		Set<UUID> departments = query.departmentId() == null ? null : references.subtreeOf(query.departmentId());
		String term = term(query);
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (term != null) {
				predicates.add(textMatches(root, cb, term));
			}
			if (departments != null) {
				predicates.add(root.get("departmentId").in(departments));
			}
			if (query.status() != null) {
				predicates.add(cb.equal(root.get("status"), query.status()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The same criteria as SQL over the employee table aliased {@code e}, with the same choice of SQL by term. */
	static void restrict(SqlWhere where, EmployeeQuery query, EmployeeReferences references) {
		String term = term(query);
		if (term != null) {
			switch (kindOf(term)) {
				case LONG -> where.and("e.search_text like ? escape '\\'", "%" + escape(term) + "%");
				// literals for the reason given in textMatches
				case SHORT_NON_ASCII -> where.and("e.search_text like '%" + term
						+ "%' and employee.search_text_has_gram(e.search_text, '" + term + "')");
				case SHORT -> where.and("position(? in e.search_text) > 0", term);
			}
		}
		if (query.departmentId() != null) {
			where.and("e.department_id = any(?)", (Object) references.subtreeOf(query.departmentId()).toArray(UUID[]::new));
		}
		if (query.status() != null) {
			where.and("e.status = ?", query.status().name());
		}
	}

	private static String term(EmployeeQuery query) {
		return query.q() == null || query.q().isBlank() ? null : query.q().trim().toLowerCase(Locale.ROOT);
	}

	private static TermKind kindOf(String term) {
		if (term.codePointCount(0, term.length()) >= 3) {
			return TermKind.LONG;
		}
		return term.codePoints().allMatch(c -> c > 0x7f) ? TermKind.SHORT_NON_ASCII : TermKind.SHORT;
	}

	/** Three or more characters; one or two, all non-ASCII (a Chinese surname or given name); other short terms. */
	private enum TermKind {
		LONG, SHORT_NON_ASCII, SHORT
	}

	/**
	 * The search text contains the term. The SQL differs by the kind of term so that any plan PostgreSQL
	 * picks is a good one, including the generic plan of a prepared statement, which does not see the term:
	 * three or more characters use LIKE, served by the trigram index; one or two non-ASCII characters (a
	 * Chinese surname or given name) use the gram index of V3_2, because a trigram index cannot serve them;
	 * one or two characters with ASCII in them use a plain position test that no index serves, as such
	 * terms match most employees anyway.
	 */
	private static Predicate textMatches(Root<Employee> root, CriteriaBuilder cb, String term) {
		TermKind kind = kindOf(term);
		if (kind == TermKind.LONG) {
			return cb.like(root.get("searchText"), "%" + escape(term) + "%", '\\');
		}
		if (kind == TermKind.SHORT_NON_ASCII) {
			// Literals, not parameters (safe: no quote, backslash or wildcard is above 0x7f), so the plan is made
			// for this term. The LIKE is implied by the gram test; it is there to be checked first, cheaply,
			// when the plan walks the list order and filters (a frequent surname), rather than using the index.
			return cb.and(cb.like(root.get("searchText"), cb.literal("%" + term + "%")),
					cb.isTrue(cb.function("employee.search_text_has_gram", Boolean.class, root.get("searchText"),
							cb.literal(term))));
		}
		return cb.greaterThan(cb.locate(root.get("searchText"), term), 0);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
