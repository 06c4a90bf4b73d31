package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ChecklistOwner;
import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.onboarding.OnboardingViews.OwnerProgress;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.Role;
import io.renloop.shared.ChecklistTally;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The checklists of cases: instantiated from the tenant's template (seeded with the defaults on the tenant's first
 * case), worked by their owners, and summed up per owner.
 */
@Component
class Checklists {

	private static final int PROGRESS_BATCH = 1_000;

	private final ChecklistTemplateRepository templates;

	private final ChecklistItemRepository items;

	Checklists(ChecklistTemplateRepository templates, ChecklistItemRepository items) {
		this.templates = templates;
		this.items = items;
	}

	void instantiate(OnboardingCase onboarding) {
		List<ChecklistTemplateItem> template = templates.findAllByOrderBySortOrder();
		if (template.isEmpty()) {
			template = templates.saveAll(ChecklistDefaults.items());
		}
		items.saveAll(template.stream()
			.map(item -> new ChecklistItem(onboarding.id(), item, onboarding.startDate()))
			.toList());
	}

	List<ChecklistItem> of(UUID caseId) {
		return items.findByCaseIdOrderBySortOrder(caseId);
	}

	/**
	 * Done and all items of each of these cases, one statement per thousand cases (a statement's parameters are
	 * limited); a case without items is left out.
	 */
	Map<UUID, Progress> progressOf(List<UUID> caseIds) {
		Map<UUID, Progress> progress = new HashMap<>();
		for (int from = 0; from < caseIds.size(); from += PROGRESS_BATCH) {
			items.progressOf(caseIds.subList(from, Math.min(caseIds.size(), from + PROGRESS_BATCH)))
				.forEach(row -> progress.put((UUID) row[0],
						new Progress(((Number) row[2]).intValue(), ((Number) row[1]).intValue())));
		}
		return progress;
	}

	record Progress(int done, int total) {

		static final Progress NONE = new Progress(0, 0);
	}

	ChecklistItem item(UUID caseId, UUID itemId) {
		return items.findById(itemId)
			.filter(item -> item.caseId().equals(caseId))
			.orElseThrow(() -> new io.renloop.platform.NotFoundException("ChecklistItem", itemId));
	}

	/** HR works every item, IT support the IT items, a manager the manager items. */
	void requireOwner(ChecklistItem item, CurrentUser user) {
		boolean allowed = user.can(Permission.ONBOARDING_WRITE)
				|| item.owner() == ChecklistOwner.IT && user.roles().contains(Role.IT_SUPPORT)
				|| item.owner() == ChecklistOwner.MANAGER && user.roles().contains(Role.MANAGER);
		if (!allowed) {
			throw new BusinessRuleException(403, "onboarding.checklist.notYours", item.owner().name());
		}
	}

	/** IT support sees the IT items; everyone else every item. Progress is always shown for all owners. */
	static List<ChecklistItem> visibleTo(CurrentUser user, List<ChecklistItem> items) {
		if (user.can(Permission.ONBOARDING_WRITE) || !user.roles().contains(Role.IT_SUPPORT)) {
			return items;
		}
		return items.stream().filter(item -> item.owner() == ChecklistOwner.IT).toList();
	}

	void markDone(ChecklistItem item, String by, Instant now) {
		item.markDone(by, now);
	}

	static ChecklistItemView view(ChecklistItem item) {
		return new ChecklistItemView(item.id(), item.owner(), item.title(OnboardingTexts.readerIsChinese()),
				item.dueDate(), item.done(), item.doneAt(), item.doneBy());
	}

	static List<OwnerProgress> progress(List<ChecklistItem> list) {
		return ChecklistTally.perOwner(list, ChecklistItem::owner, ChecklistItem::done, ChecklistOwner.values())
			.stream()
			.map(tally -> new OwnerProgress(tally.owner(), tally.done(), tally.total()))
			.toList();
	}
}
