package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ChecklistOwner;
import io.renloop.platform.ChecklistEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One item of a case's checklist, instantiated from the tenant's template with its due date. */
@Entity
@Table(schema = "onboarding", name = "checklist_item")
class ChecklistItem extends ChecklistEntry {

	@Enumerated(EnumType.STRING)
	private ChecklistOwner owner;

	private LocalDate lastRemindedOn;

	protected ChecklistItem() {
	}

	ChecklistItem(UUID caseId, ChecklistTemplateItem template, LocalDate startDate) {
		super(caseId, template.titleZh(), template.titleEn(), startDate.plusDays(template.dueOffsetDays()),
				template.sortOrder());
		this.owner = template.owner();
	}

	void markDone(String by, Instant now) {
		markDone(by, now, "onboarding.checklist.alreadyDone");
	}

	/** Whether a reminder is due today: open, due by tomorrow, and not yet reminded today. */
	boolean needsReminderOn(LocalDate today) {
		return !done() && !dueDate().isAfter(today.plusDays(1))
				&& (lastRemindedOn == null || lastRemindedOn.isBefore(today));
	}

	void recordReminder(LocalDate today) {
		this.lastRemindedOn = today;
	}

	ChecklistOwner owner() {
		return owner;
	}
}
