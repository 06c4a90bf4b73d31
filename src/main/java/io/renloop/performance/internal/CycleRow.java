package io.renloop.performance.internal;

import io.renloop.performance.CycleView;
import java.util.List;
import java.util.UUID;

/** A stored cycle: its view, the template it follows and the other templates some of its people follow. */
record CycleRow(CycleView view, UUID templateId, List<CycleStore.StoredRule> rules) {

	UUID id() {
		return view.id();
	}
}
