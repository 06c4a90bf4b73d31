package io.renloop.onboarding.internal.offer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A tenant's own offer letter text in one language. */
@Entity
@Table(schema = "onboarding", name = "offer_template")
class OfferTemplate {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String language;

	private String title;

	private String body;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private Long version;

	protected OfferTemplate() {
	}

	OfferTemplate(String language) {
		this.id = UUID.randomUUID();
		this.language = language;
	}

	void change(String title, String body, String by, Instant now) {
		this.title = title;
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	String language() { return language; }

	String title() { return title; }

	String body() { return body; }

	Instant updatedAt() { return updatedAt; }
}
