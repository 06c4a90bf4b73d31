package io.renloop.organization.internal;

import io.renloop.organization.DepartmentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A unit of the org tree. {@code path} lists the ids from the root down to this unit, so a subtree is
 * one indexed prefix query.
 */
@Entity
@Table(schema = "organization", name = "department")
class Department {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private DepartmentKind kind;

	private String path;

	private int sortOrder;

	private UUID managerId;

	@Version
	private Long version;

	protected Department() {
	}

	Department(Department parent, String code, String name, DepartmentKind kind, UUID managerId, int sortOrder) {
		this.id = UUID.randomUUID();
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + id + "/";
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.managerId = managerId;
		this.sortOrder = sortOrder;
	}

	void rename(String code, String name, DepartmentKind kind, UUID managerId, int sortOrder) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.managerId = managerId;
		this.sortOrder = sortOrder;
	}

	boolean isAncestorOf(Department other) {
		return other.path.startsWith(path);
	}

	/** Moves this unit under a new parent; the caller re-roots the descendants' paths. */
	String moveUnder(Department parent) {
		String oldPath = path;
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + id + "/";
		return oldPath;
	}

	void rebase(String oldPrefix, String newPrefix) {
		path = newPrefix + path.substring(oldPrefix.length());
	}

	int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
	}

	UUID parentId() {
		return parentId;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	DepartmentKind kind() {
		return kind;
	}

	String path() {
		return path;
	}

	int sortOrder() {
		return sortOrder;
	}

	UUID managerId() {
		return managerId;
	}
}
