package io.renloop.employee;

import java.util.UUID;

/**
 * A search of the employee list; always narrowed further by the caller's data scope.
 *
 * @param q free text over number, name, e-mail and phone
 * @param departmentId only this department and the units below it
 * @param status only this status
 * @param page zero-based page
 * @param size page size
 * @param after keyset paging: only employees whose number sorts after this one (the list is in number order), so
 * that walking a long list costs the same on every page; null to page by {@code page} alone
 * @param exactTotal whether the total must be exact however long the list; false counts only up to
 * {@link io.renloop.shared.CappedTotals#COUNT_LIMIT} and reports a lower bound beyond it, as lists shown to people do
 * @param sort the list order: {@code no}, {@code name}, {@code hireDate} or {@code status}, a leading {@code -} for
 * descending; null (or anything else) for number order. Keyset paging ({@code after}) needs number order.
 */
public record EmployeeQuery(String q, UUID departmentId, EmployeeStatus status, int page, int size, String after,
		boolean exactTotal, String sort) {

	/** A search in number order. */
	public EmployeeQuery(String q, UUID departmentId, EmployeeStatus status, int page, int size, String after,
			boolean exactTotal) {
		this(q, departmentId, status, page, size, after, exactTotal, null);
	}

	/** A search with the exact total, paged by number. */
	public EmployeeQuery(String q, UUID departmentId, EmployeeStatus status, int page, int size) {
		this(q, departmentId, status, page, size, null, true);
	}
}
