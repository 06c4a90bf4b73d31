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
 */
public record EmployeeQuery(String q, UUID departmentId, EmployeeStatus status, int page, int size) {
}
