package io.renloop.performance.internal;

import io.renloop.performance.CycleView;
import java.util.UUID;

/** A stored cycle: its view and the template it follows. */
record CycleRow(CycleView view, UUID templateId) {

	UUID id() {
		return view.id();
	}
}
