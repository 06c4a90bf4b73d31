package io.renloop.onboarding.internal.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A tenant's own labour contract text in one language, with its term and place of work. */
@Entity
@Table(schema = "onboarding", name = "contract_template")
class ContractTemplate {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String language;

	private String title;

	private String body;

	private int termMonths;

	private String placeOfWork;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private Long version;

	protected ContractTemplate() {
	}

	ContractTemplate(String language) {
		this.id = UUID.randomUUID();
		this.language = language;
	}

	void change(String title, String body, int termMonths, String placeOfWork, String by, Instant now) {
		this.title = title;
		this.body = body;
		this.termMonths = termMonths;
		this.placeOfWork = placeOfWork;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	String language() { return language; }

	String title() { return title; }

	String body() { return body; }

	int termMonths() { return termMonths; }

	String placeOfWork() { return placeOfWork; }

	Instant updatedAt() { return updatedAt; }
}
