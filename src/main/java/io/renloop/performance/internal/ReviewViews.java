package io.renloop.performance.internal;

import io.renloop.performance.ItemScore;

/** How review items are shown to whom. */
final class ReviewViews {

	private ReviewViews() {
	}

	/** The item as the employee sees it before publication: their own score and the data, not the manager's. */
	static ItemScore withoutManager(ItemScore item) {
		boolean judged = "MANAGER".equals(item.source());
		return new ItemScore(item.kind(), item.code(), item.name(), item.weight(), item.value(), item.source(),
				item.selfScore(), null, judged ? null : item.score(), judged ? null : item.explanation(), item.veto());
	}
}
