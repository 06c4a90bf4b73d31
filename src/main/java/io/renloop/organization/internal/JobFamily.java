package io.renloop.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(schema = "organization", name = "job_family")
class JobFamily {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String code;

	private String name;

	@Version
	private Long version;

	protected JobFamily() {
	}

	JobFamily(String code, String name) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
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
}
