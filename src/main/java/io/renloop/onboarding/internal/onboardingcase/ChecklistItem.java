package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ChecklistOwner;
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

/** One item of a case's checklist, instantiated from the tenant's template with its due date. */
@Entity
@Table(schema = "onboarding", name = "checklist_item")
class ChecklistItem {

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

	private LocalDate lastRemindedOn;

	@Version
	private long version;

	protected ChecklistItem() {
	}

	ChecklistItem(UUID caseId, ChecklistTemplateItem template, LocalDate startDate) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.owner = template.owner();
		this.titleZh = template.titleZh();
		this.titleEn = template.titleEn();
		this.dueDate = startDate.plusDays(template.dueOffsetDays());
		this.sortOrder = template.sortOrder();
	}

	void markDone(String by, Instant now) {
		if (doneAt != null) {
			throw new BusinessRuleException("onboarding.checklist.alreadyDone");
		}
		this.doneAt = now;
		this.doneBy = by;
	}

	/** Whether a reminder is due today: open, due by tomorrow, and not yet reminded today. */
	boolean needsReminderOn(LocalDate today) {
		return doneAt == null && !dueDate.isAfter(today.plusDays(1))
				&& (lastRemindedOn == null || lastRemindedOn.isBefore(today));
	}

	void recordReminder(LocalDate today) {
		this.lastRemindedOn = today;
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	ChecklistOwner owner() {
		return owner;
	}

	String title(boolean chinese) {
		return chinese ? titleZh : titleEn;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	int sortOrder() {
		return sortOrder;
	}

	boolean done() {
		return doneAt != null;
	}

	Instant doneAt() {
		return doneAt;
	}

	String doneBy() {
		return doneBy;
	}
}
