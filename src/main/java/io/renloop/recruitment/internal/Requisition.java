package io.renloop.recruitment.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.recruitment.RequisitionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A requisition (招聘需求): the aggregate guards its status transitions; the headcount check needs the
 * plan and the other requisitions and lives in {@link HeadcountCheck}.
 */
@Entity
@Table(schema = "recruitment", name = "requisition")
class Requisition {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID positionId;

	private UUID departmentId;

	private int headcount;

	private String title;

	@Enumerated(EnumType.STRING)
	private RequisitionStatus status;

	private String createdBy;

	private Instant createdAt;

	private Instant openedAt;

	private Instant closedAt;

	@Version
	private Long version;

	protected Requisition() {
	}

	Requisition(UUID positionId, UUID departmentId, int headcount, String title, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.positionId = positionId;
		this.departmentId = departmentId;
		this.headcount = headcount;
		this.title = title;
		this.status = RequisitionStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void open(Instant now) {
		require(status == RequisitionStatus.DRAFT || status == RequisitionStatus.ON_HOLD, RequisitionStatus.OPEN);
		status = RequisitionStatus.OPEN;
		openedAt = now;
	}

	void hold() {
		require(status == RequisitionStatus.OPEN, RequisitionStatus.ON_HOLD);
		status = RequisitionStatus.ON_HOLD;
	}

	void close(Instant now) {
		require(status != RequisitionStatus.CLOSED, RequisitionStatus.CLOSED);
		status = RequisitionStatus.CLOSED;
		closedAt = now;
	}

	private void require(boolean allowed, RequisitionStatus target) {
		if (!allowed) {
			throw new BusinessRuleException("recruitment.requisition.illegalTransition", status, target);
		}
	}

	UUID id() {
		return id;
	}

	UUID positionId() {
		return positionId;
	}

	UUID departmentId() {
		return departmentId;
	}

	int headcount() {
		return headcount;
	}

	String title() {
		return title;
	}

	RequisitionStatus status() {
		return status;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant closedAt() {
		return closedAt;
	}
}
