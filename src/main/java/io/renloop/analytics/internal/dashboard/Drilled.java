package io.renloop.analytics.internal.dashboard;

import java.util.UUID;

/** A person behind a number, before names are added: who, in which department, and what they contributed. */
record Drilled(UUID employeeId, UUID departmentId, String detail) {
}
