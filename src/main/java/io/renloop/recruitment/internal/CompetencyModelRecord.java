package io.renloop.recruitment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * The stored competency model of one position: the structured part as a JSON document, the job
 * descriptions as text so they can be searched.
 */
@Entity
@Table(schema = "recruitment", name = "competency_model")
class CompetencyModelRecord {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID positionId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String definition;

	private String descriptionZh;

	private String descriptionEn;

	private Instant updatedAt;

	@Version
	private Long version;

	protected CompetencyModelRecord() {
	}

	CompetencyModelRecord(UUID positionId) {
		this.id = UUID.randomUUID();
		this.positionId = positionId;
	}

	void replace(String definition, String descriptionZh, String descriptionEn, Instant now) {
		this.definition = definition;
		this.descriptionZh = descriptionZh;
		this.descriptionEn = descriptionEn;
		this.updatedAt = now;
	}

	UUID positionId() {
		return positionId;
	}

	String definition() {
		return definition;
	}

	String descriptionZh() {
		return descriptionZh;
	}

	String descriptionEn() {
		return descriptionEn;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
