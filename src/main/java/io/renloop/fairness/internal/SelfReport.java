package io.renloop.fairness.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A candidate's sealed self-report for one application. */
@Entity
@Table(schema = "fairness", name = "self_report")
class SelfReport {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	private UUID candidateId;

	private byte[] gender;

	private byte[] ageBand;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected SelfReport() {
	}

	SelfReport(UUID applicationId, UUID candidateId, Instant now) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.candidateId = candidateId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void answer(byte[] sealedGender, byte[] sealedAgeBand, Instant now) {
		this.gender = sealedGender;
		this.ageBand = sealedAgeBand;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID applicationId() {
		return applicationId;
	}

	byte[] gender() {
		return gender;
	}

	byte[] ageBand() {
		return ageBand;
	}
}
