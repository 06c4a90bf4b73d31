package io.renloop.interview.internal;

import io.renloop.interview.FeedbackRelease;
import io.renloop.interview.FeedbackSettings;
import io.renloop.interview.InterviewFeedbackSettings;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PersonalDataCipher;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
class DefaultFeedbackSettings implements InterviewFeedbackSettings {

	static final String ENTITY = "InterviewFeedbackSettings";

	static final int MAX_DELAY_DAYS = 90;

	private final FeedbackSettingsRepository settings;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultFeedbackSettings(FeedbackSettingsRepository settings, PersonalDataCipher cipher, AuditTrail audit,
			Clock clock) {
		this.settings = settings;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public FeedbackSettings settings() {
		return view(current());
	}

	@Override
	@Transactional
	public FeedbackSettings update(Update update) {
		validate(update);
		FeedbackSettingsRecord record = current();
		FeedbackSettings before = view(record);
		record.release(update.feedbackRelease(),
				update.feedbackDelayDays() == null ? 0 : update.feedbackDelayDays());
		String baseUrl = StringUtils.hasText(update.reviewerBaseUrl()) ? update.reviewerBaseUrl().strip() : null;
		record.reviewer(baseUrl, baseUrl == null ? null : update.reviewerModel().strip(),
				update.reviewerTimeoutSeconds() == null ? FeedbackSettingsRecord.DEFAULT_TIMEOUT_SECONDS
						: update.reviewerTimeoutSeconds());
		if (update.reviewerApiKey() != null) {
			record.reviewerApiKey(update.reviewerApiKey().isBlank() ? null : cipher.encrypt(update.reviewerApiKey().strip()));
		}
		record.updated(CurrentUser.find().map(CurrentUser::email).orElse("system"), clock.instant());
		FeedbackSettingsRecord saved = settings.save(record);
		FeedbackSettings after = view(saved);
		audit.recordChange("UPDATE", ENTITY, saved.id(), snapshot(before), snapshot(after));
		return after;
	}

	/** The API key of the tenant's reviewer in plain text, for the adapter only; null without one. */
	String reviewerApiKey(FeedbackSettingsRecord record) {
		return record.reviewerApiKey() == null ? null : cipher.decrypt(record.reviewerApiKey());
	}

	FeedbackSettingsRecord current() {
		return settings.findFirstByOrderByUpdatedAtDesc().orElseGet(FeedbackSettingsRecord::defaults);
	}

	private static void validate(Update update) {
		if (update.feedbackRelease() == null) {
			throw InvalidFieldsException.of("feedbackRelease", "interview.feedback.settings.release");
		}
		Integer delay = update.feedbackDelayDays();
		if (delay != null && (delay < 0 || delay > MAX_DELAY_DAYS)
				|| update.feedbackRelease() == FeedbackRelease.AFTER_DAYS && delay == null) {
			throw InvalidFieldsException.of("feedbackDelayDays", "interview.feedback.settings.delay", MAX_DELAY_DAYS);
		}
		Integer timeout = update.reviewerTimeoutSeconds();
		if (timeout != null && (timeout < 1 || timeout > 120)) {
			throw InvalidFieldsException.of("reviewerTimeoutSeconds", "interview.feedback.settings.timeout");
		}
		if (StringUtils.hasText(update.reviewerBaseUrl())) {
			if (!httpUrl(update.reviewerBaseUrl().strip())) {
				throw InvalidFieldsException.of("reviewerBaseUrl", "interview.feedback.settings.baseUrl");
			}
			if (!StringUtils.hasText(update.reviewerModel()) || update.reviewerModel().length() > 100) {
				throw InvalidFieldsException.of("reviewerModel", "interview.feedback.settings.model");
			}
		}
	}

	private static boolean httpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return value.length() <= 500 && uri.getHost() != null
					&& ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static FeedbackSettings view(FeedbackSettingsRecord record) {
		return new FeedbackSettings(record.feedbackRelease(), record.feedbackDelayDays(),
				new FeedbackSettings.Reviewer(record.reviewerBaseUrl(), record.reviewerModel(),
						record.reviewerApiKey() != null, record.reviewerTimeoutSeconds()));
	}

	/** What the audit log keeps: everything but the key, of which only whether one is set. */
	private static Map<String, Object> snapshot(FeedbackSettings view) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("feedbackRelease", view.feedbackRelease());
		snapshot.put("feedbackDelayDays", view.feedbackDelayDays());
		snapshot.put("reviewerBaseUrl", view.reviewer().baseUrl());
		snapshot.put("reviewerModel", view.reviewer().model());
		snapshot.put("reviewerApiKeySet", view.reviewer().apiKeySet());
		snapshot.put("reviewerTimeoutSeconds", view.reviewer().timeoutSeconds());
		return snapshot;
	}
}
