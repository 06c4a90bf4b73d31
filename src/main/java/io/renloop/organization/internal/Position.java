package io.renloop.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(schema = "organization", name = "position")
class Position {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String code;

	private String name;

	private UUID jobFamilyId;

	private String grade;

	@Version
	private Long version;

	protected Position() {
	}

	Position(String code, String name, UUID jobFamilyId, String grade) {
		this.id = UUID.randomUUID();
		update(code, name, jobFamilyId, grade);
	}

	void update(String code, String name, UUID jobFamilyId, String grade) {
		this.code = code;
		this.name = name;
		this.jobFamilyId = jobFamilyId;
		this.grade = grade;
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	UUID jobFamilyId() {
		return jobFamilyId;
	}

	String grade() {
		return grade;
	}
}
