package io.renloop.training.internal.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a video counts as watched: the watched seconds reach the minimum share of its length. Reported progress only
 * grows (a replay or a reload never loses what was watched) and never passes the length.
 *
 * @param contentSeconds the video's length
 * @param minWatchShare e.g. 0.90
 */
record WatchRule(int contentSeconds, BigDecimal minWatchShare) {

	static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.90");

	WatchRule {
		if (contentSeconds <= 0) {
			throw new IllegalArgumentException("A video has a length");
		}
		minWatchShare = minWatchShare == null ? DEFAULT_SHARE : minWatchShare;
	}

	/** What to keep after a report: the most ever watched, within the video's length. */
	int watched(int previous, int reported) {
		return Math.min(contentSeconds, Math.max(previous, reported));
	}

	/** Where to resume: the reported position within the video. */
	int position(int reported) {
		return Math.max(0, Math.min(contentSeconds, reported));
	}

	int percent(int watched) {
		return BigDecimal.valueOf(watched * 100L)
			.divide(BigDecimal.valueOf(contentSeconds), 0, RoundingMode.DOWN)
			.intValue();
	}

	boolean completes(int watched) {
		return BigDecimal.valueOf(watched).compareTo(minWatchShare.multiply(BigDecimal.valueOf(contentSeconds))) >= 0;
	}
}
