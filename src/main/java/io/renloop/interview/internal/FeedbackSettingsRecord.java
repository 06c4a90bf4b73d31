package io.renloop.interview.internal;

import io.renloop.interview.FeedbackRelease;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A tenant's feedback settings: one row per tenant, created at the first save. */
@Entity
@Table(schema = "interview", name = "feedback_settings")
class FeedbackSettingsRecord {

	static final int DEFAULT_TIMEOUT_SECONDS = 20;

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	@Enumerated(EnumType.STRING)
	private FeedbackRelease feedbackRelease;

	private int feedbackDelayDays;

	private String reviewerBaseUrl;

	private String reviewerModel;

	private byte[] reviewerApiKey;

	private int reviewerTimeoutSeconds;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private Long version;

	protected FeedbackSettingsRecord() {
	}

	/** The defaults of a tenant that never saved settings: no feedback, reviewer off. */
	static FeedbackSettingsRecord defaults() {
		FeedbackSettingsRecord record = new FeedbackSettingsRecord();
		record.id = UUID.randomUUID();
		record.feedbackRelease = FeedbackRelease.NEVER;
		record.reviewerTimeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
		return record;
	}

	void release(FeedbackRelease release, int delayDays) {
		this.feedbackRelease = release;
		this.feedbackDelayDays = delayDays;
	}

	void reviewer(String baseUrl, String model, int timeoutSeconds) {
		this.reviewerBaseUrl = baseUrl;
		this.reviewerModel = model;
		this.reviewerTimeoutSeconds = timeoutSeconds;
	}

	void reviewerApiKey(byte[] sealed) {
		this.reviewerApiKey = sealed;
	}

	void updated(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	UUID id() {
		return id;
	}

	FeedbackRelease feedbackRelease() {
		return feedbackRelease;
	}

	int feedbackDelayDays() {
		return feedbackDelayDays;
	}

	String reviewerBaseUrl() {
		return reviewerBaseUrl;
	}

	String reviewerModel() {
		return reviewerModel;
	}

	byte[] reviewerApiKey() {
		return reviewerApiKey;
	}

	int reviewerTimeoutSeconds() {
		return reviewerTimeoutSeconds;
	}

	boolean reviewerOn() {
		return reviewerBaseUrl != null;
	}
}
