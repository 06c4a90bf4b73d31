package io.renloop.platform;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One item of a case's checklist, worked by its owner: a title in both languages, a due date, and who ticked it
 * when. The checklists of onboarding and offboarding map it onto tables of their own with these columns, each adding
 * its owner type.
 */
@MappedSuperclass
public abstract class ChecklistEntry {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID caseId;

	private String titleZh;

	private String titleEn;

	private LocalDate dueDate;

	private int sortOrder;

	private Instant doneAt;

	private String doneBy;

	@Version
	private long version;

	protected ChecklistEntry() {
	}

	protected ChecklistEntry(UUID caseId, String titleZh, String titleEn, LocalDate dueDate, int sortOrder) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.dueDate = dueDate;
		this.sortOrder = sortOrder;
	}

	/**
	 * Ticks the item off.
	 *
	 * @throws BusinessRuleException with {@code alreadyDoneKey} when it is ticked off already
	 */
	protected void markDone(String by, Instant now, String alreadyDoneKey) {
		if (doneAt != null) {
			throw new BusinessRuleException(alreadyDoneKey);
		}
		this.doneAt = now;
		this.doneBy = by;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public String title(boolean chinese) {
		return chinese ? titleZh : titleEn;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public boolean done() {
		return doneAt != null;
	}

	public Instant doneAt() {
		return doneAt;
	}

	public String doneBy() {
		return doneBy;
	}
}
