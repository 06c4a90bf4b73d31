package io.renloop.offboarding.internal;

import io.renloop.offboarding.ChecklistOwner;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One item of a leaving checklist, due some days before or after the last day. */
@Entity
@Table(schema = "offboarding", name = "checklist_item")
class LeavingChecklistItem {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private ChecklistOwner owner;

	private String titleZh;

	private String titleEn;

	private LocalDate dueDate;

	private int sortOrder;

	private Instant doneAt;

	private String doneBy;

	@Version
	private long version;

	protected LeavingChecklistItem() {
	}

	LeavingChecklistItem(UUID caseId, LeavingChecklistDefaults.Item template, LocalDate lastDay, int sortOrder) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.owner = template.owner();
		this.titleZh = template.titleZh();
		this.titleEn = template.titleEn();
		this.dueDate = lastDay.plusDays(template.dueOffsetDays());
		this.sortOrder = sortOrder;
	}

	void markDone(String by, Instant now) {
		if (doneAt != null) {
			throw new BusinessRuleException("offboarding.checklist.alreadyDone");
		}
		this.doneAt = now;
		this.doneBy = by;
	}

	UUID id() { return id; }

	UUID caseId() { return caseId; }

	ChecklistOwner owner() { return owner; }

	String title(boolean chinese) { return chinese ? titleZh : titleEn; }

	LocalDate dueDate() { return dueDate; }

	boolean done() { return doneAt != null; }

	Instant doneAt() { return doneAt; }

	String doneBy() { return doneBy; }
}
