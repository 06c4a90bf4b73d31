package io.renloop.employee.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A stored step of an employee's timeline; entries are never changed once written. */
@Entity
@Table(schema = "employee", name = "timeline_event")
class TimelineEvent {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID employeeId;

	private LocalDate occurredOn;

	private Instant recordedAt;

	private String type;

	private String source;

	private String summary;

	@JdbcTypeCode(SqlTypes.JSON)
	private String details;

	private String recordedBy;

	@jakarta.persistence.Version
	private Long version;

	protected TimelineEvent() {
	}

	TimelineEvent(UUID employeeId, LocalDate occurredOn, Instant recordedAt, String type, String source,
			String summary, String details, String recordedBy) {
		this.id = UUID.randomUUID();
		this.employeeId = employeeId;
		this.occurredOn = occurredOn;
		this.recordedAt = recordedAt;
		this.type = type;
		this.source = source;
		this.summary = summary;
		this.details = details;
		this.recordedBy = recordedBy;
	}

	UUID id() {
		return id;
	}

	UUID employeeId() {
		return employeeId;
	}

	LocalDate occurredOn() {
		return occurredOn;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String type() {
		return type;
	}

	String source() {
		return source;
	}

	String summary() {
		return summary;
	}

	String details() {
		return details;
	}

	String recordedBy() {
		return recordedBy;
	}
}
