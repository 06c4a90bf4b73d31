package io.renloop.interview.internal;

import io.renloop.interview.QuestionType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A question of the bank. Its rubric is stored as a JSON document; the rubric version grows whenever anything
 * the scorer reads changes (rubric, question text, type or language), so every score names what produced it.
 */
@Entity
@Table(schema = "interview", name = "question")
class Question {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String questionKey;

	private String jobFamily;

	private String dimension;

	@Enumerated(EnumType.STRING)
	private QuestionType type;

	private String language;

	private String text;

	@JdbcTypeCode(SqlTypes.JSON)
	private String rubric;

	private int timeLimitSeconds;

	private int rubricVersion;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Question() {
	}

	Question(String key, Instant now) {
		this.id = UUID.randomUUID();
		this.questionKey = key;
		this.createdAt = now;
	}

	/**
	 * Replaces the content; the rubric version grows when the rubric changed (the caller compares the documents,
	 * whose JSON text the database normalises) or the text, type or language did.
	 */
	void replace(String jobFamily, String dimension, QuestionType type, String language, String text, String rubric,
			boolean rubricChanged, int timeLimitSeconds, Instant now) {
		boolean scoringChanged = rubricVersion == 0 || rubricChanged || !text.equals(this.text) || type != this.type
				|| !language.equals(this.language);
		this.jobFamily = jobFamily;
		this.dimension = dimension;
		this.type = type;
		this.language = language;
		this.text = text;
		this.rubric = rubric;
		this.timeLimitSeconds = timeLimitSeconds;
		this.updatedAt = now;
		if (scoringChanged) {
			rubricVersion++;
		}
	}

	void archive(Instant now) {
		this.archived = true;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	String key() {
		return questionKey;
	}

	String jobFamily() {
		return jobFamily;
	}

	String dimension() {
		return dimension;
	}

	QuestionType type() {
		return type;
	}

	String language() {
		return language;
	}

	String text() {
		return text;
	}

	String rubric() {
		return rubric;
	}

	int timeLimitSeconds() {
		return timeLimitSeconds;
	}

	int rubricVersion() {
		return rubricVersion;
	}

	boolean archived() {
		return archived;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
