package io.renloop.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer organisation; its id is the {@code tenant_id} of every business row.
 */
@Entity
@Table(schema = "platform", name = "tenant")
class Tenant {

	@Id
	private String id;

	private String name;

	private String locale;

	private String timeZone;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@jakarta.persistence.Version
	private Long version;

	protected Tenant() {
	}

	Tenant(String id, String name, String locale, String timeZone) {
		this.id = id;
		this.name = name;
		this.locale = locale;
		this.timeZone = timeZone;
	}

	String id() {
		return id;
	}

	String name() {
		return name;
	}

	String locale() {
		return locale;
	}

	String timeZone() {
		return timeZone;
	}
}
