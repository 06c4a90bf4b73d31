package io.renloop.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The planned headcount (编制) of one position in one department. */
@Entity
@Table(schema = "organization", name = "headcount_plan")
class HeadcountPlanEntry {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID departmentId;

	private UUID positionId;

	private int planned;

	@Version
	private Long version;

	protected HeadcountPlanEntry() {
	}

	HeadcountPlanEntry(UUID departmentId, UUID positionId, int planned) {
		this.id = UUID.randomUUID();
		this.departmentId = departmentId;
		this.positionId = positionId;
		this.planned = planned;
	}

	void plan(int planned) {
		if (planned < 0) {
			throw new IllegalArgumentException("planned headcount cannot be negative");
		}
		this.planned = planned;
	}

	UUID departmentId() {
		return departmentId;
	}

	UUID positionId() {
		return positionId;
	}

	int planned() {
		return planned;
	}
}
