package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks a checklist item of a visible case done, by the item's owner (or HR); audited. */
@Component
@Transactional
class ChecklistSignOff {

	private final VisibleCases visible;

	private final Checklists checklists;

	private final AuditTrail audit;

	private final Clock clock;

	ChecklistSignOff(VisibleCases visible, Checklists checklists, AuditTrail audit, Clock clock) {
		this.visible = visible;
		this.checklists = checklists;
		this.audit = audit;
		this.clock = clock;
	}

	ChecklistItemView markDone(UUID caseId, UUID itemId) {
		visible.load(caseId);
		ChecklistItem item = checklists.item(caseId, itemId);
		CurrentUser user = CurrentUser.require();
		checklists.requireOwner(item, user);
		checklists.markDone(item, user.email(), Instant.now(clock));
		audit.recordChange("CHECKLIST_DONE", DefaultOnboardingCases.ENTITY, caseId, null,
				Map.of("itemId", itemId.toString(), "owner", item.owner().name()));
		return Checklists.view(item);
	}
}
