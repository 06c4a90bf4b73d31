package io.renloop.organization;

/** The levels of the org tree. */
public enum DepartmentKind {
	COMPANY, DEPARTMENT, TEAM
}
