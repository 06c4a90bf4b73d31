package io.renloop.interview.internal;

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
 * One planned question of an interview with the candidate's answer and, once submitted, its score: the evidence
 * (the full scorer result as JSON), flags and the rubric and scorer versions that produced it.
 */
@Entity
@Table(schema = "interview", name = "session_answer")
class SessionAnswer {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID sessionId;

	private UUID questionId;

	private int position;

	private String dimension;

	private int timeLimitSeconds;

	private String text;

	private Instant startedAt;

	private Instant savedAt;

	private Integer score;

	private Integer level;

	@JdbcTypeCode(SqlTypes.JSON)
	private String evidence;

	@JdbcTypeCode(SqlTypes.JSON)
	private String flags;

	private Integer rubricVersion;

	private String scorerVersion;

	private Instant scoredAt;

	@Version
	private Long version;

	protected SessionAnswer() {
	}

	SessionAnswer(UUID sessionId, UUID questionId, int position, String dimension, int timeLimitSeconds) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.questionId = questionId;
		this.position = position;
		this.dimension = dimension;
		this.timeLimitSeconds = timeLimitSeconds;
	}

	void start(Instant now) {
		if (startedAt == null) {
			startedAt = now;
		}
	}

	/** Until when an answer is accepted: the time limit from the first showing plus a grace period. */
	Instant deadline(long graceSeconds) {
		return startedAt == null ? null : startedAt.plusSeconds(timeLimitSeconds + graceSeconds);
	}

	void save(String text, Instant now) {
		this.text = text;
		this.savedAt = now;
	}

	void scored(int score, int level, String evidence, String flags, int rubricVersion, String scorerVersion,
			Instant now) {
		this.score = score;
		this.level = level;
		this.evidence = evidence;
		this.flags = flags;
		this.rubricVersion = rubricVersion;
		this.scorerVersion = scorerVersion;
		this.scoredAt = now;
	}

	UUID sessionId() {
		return sessionId;
	}

	String flags() {
		return flags;
	}

	Instant scoredAt() {
		return scoredAt;
	}

	UUID questionId() {
		return questionId;
	}

	int position() {
		return position;
	}

	String dimension() {
		return dimension;
	}

	int timeLimitSeconds() {
		return timeLimitSeconds;
	}

	String text() {
		return text;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant savedAt() {
		return savedAt;
	}

	Integer score() {
		return score;
	}

	Integer level() {
		return level;
	}

	String evidence() {
		return evidence;
	}

	Integer rubricVersion() {
		return rubricVersion;
	}

	String scorerVersion() {
		return scorerVersion;
	}
}
