package io.renloop.offboarding.internal;

import io.renloop.offboarding.ChecklistOwner;
import io.renloop.platform.ChecklistEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One item of a leaving checklist, due some days before or after the last day. */
@Entity
@Table(schema = "offboarding", name = "checklist_item")
class LeavingChecklistItem extends ChecklistEntry {

	@Enumerated(EnumType.STRING)
	private ChecklistOwner owner;

	protected LeavingChecklistItem() {
	}

	LeavingChecklistItem(UUID caseId, LeavingChecklistDefaults.Item template, LocalDate lastDay, int sortOrder) {
		super(caseId, template.titleZh(), template.titleEn(), lastDay.plusDays(template.dueOffsetDays()), sortOrder);
		this.owner = template.owner();
	}

	void markDone(String by, Instant now) {
		markDone(by, now, "offboarding.checklist.alreadyDone");
	}

	ChecklistOwner owner() {
		return owner;
	}
}
