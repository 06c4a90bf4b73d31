package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.DocumentType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A document a new hire uploaded; the content is sealed like all personal data. */
@Entity
@Table(schema = "onboarding", name = "onboarding_document")
class OnboardingDocument {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private byte[] content;

	private Instant uploadedAt;

	protected OnboardingDocument() {
	}

	OnboardingDocument(UUID caseId, DocumentType type, String fileName, String contentType, long sizeBytes,
			byte[] sealedContent, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.type = type;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.content = sealedContent;
		this.uploadedAt = uploadedAt;
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	DocumentType type() {
		return type;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

	byte[] content() {
		return content;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}
}
