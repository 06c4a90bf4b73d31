package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ChecklistOwner;
import io.renloop.offboarding.OffboardingViews.ChecklistItemView;
import io.renloop.offboarding.OffboardingViews.OwnerProgress;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.ChecklistTally;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The checklists of cases: made on approval from the defaults, worked by their owners, summed up per owner. */
@Component
class LeavingChecklists {

	private final LeavingChecklistItemRepository items;

	LeavingChecklists(LeavingChecklistItemRepository items) {
		this.items = items;
	}

	void instantiate(OffboardingCase offboarding) {
		List<LeavingChecklistDefaults.Item> template = LeavingChecklistDefaults.items();
		items.saveAll(IntStream.range(0, template.size())
			.mapToObj(i -> new LeavingChecklistItem(offboarding.id(), template.get(i), offboarding.lastDay(), (i + 1) * 10))
			.toList());
	}

	List<LeavingChecklistItem> of(UUID caseId) {
		return items.findByCaseIdOrderBySortOrder(caseId);
	}

	Map<UUID, List<LeavingChecklistItem>> of(Collection<UUID> caseIds) {
		return items.findByCaseIdIn(caseIds).stream().collect(Collectors.groupingBy(LeavingChecklistItem::caseId));
	}

	LeavingChecklistItem item(OffboardingCase offboarding, UUID itemId) {
		if (offboarding.status() != CaseStatus.APPROVED && offboarding.status() != CaseStatus.LEFT) {
			throw new BusinessRuleException("offboarding.case.wrongStatus", offboarding.status().name());
		}
		return items.findById(itemId)
			.filter(item -> item.caseId().equals(offboarding.id()))
			.orElseThrow(() -> new NotFoundException("LeavingChecklistItem", itemId));
	}

	void markDone(LeavingChecklistItem item, String by, Instant now) {
		item.markDone(by, now);
	}

	static ChecklistItemView view(LeavingChecklistItem item) {
		boolean chinese = LocaleContextHolder.getLocale().getLanguage().equals("zh");
		return new ChecklistItemView(item.id(), item.owner(), item.title(chinese), item.dueDate(), item.done(),
				item.doneAt(), item.doneBy());
	}

	static List<OwnerProgress> progress(List<LeavingChecklistItem> list) {
		return ChecklistTally.perOwner(list, LeavingChecklistItem::owner, LeavingChecklistItem::done, ChecklistOwner.values())
			.stream()
			.map(tally -> new OwnerProgress(tally.owner(), tally.done(), tally.total()))
			.toList();
	}
}
