package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ChecklistOwner;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One item of a tenant's onboarding checklist template, due a number of days relative to the start date
 * ({@code -3} = three days before).
 */
@Entity
@Table(schema = "onboarding", name = "checklist_template_item")
class ChecklistTemplateItem {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	@Enumerated(EnumType.STRING)
	private ChecklistOwner owner;

	private String titleZh;

	private String titleEn;

	private int dueOffsetDays;

	private int sortOrder;

	protected ChecklistTemplateItem() {
	}

	ChecklistTemplateItem(ChecklistOwner owner, String titleZh, String titleEn, int dueOffsetDays, int sortOrder) {
		this.id = UUID.randomUUID();
		this.owner = owner;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.dueOffsetDays = dueOffsetDays;
		this.sortOrder = sortOrder;
	}

	ChecklistOwner owner() {
		return owner;
	}

	String titleZh() {
		return titleZh;
	}

	String titleEn() {
		return titleEn;
	}

	int dueOffsetDays() {
		return dueOffsetDays;
	}

	int sortOrder() {
		return sortOrder;
	}
}
