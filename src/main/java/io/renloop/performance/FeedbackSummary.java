package io.renloop.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What 360 feedback says about a person, never per rater: for each relation the raters asked and answered, and only
 * where at least {@value #ANONYMITY_THRESHOLD} answered, the mean score per competency and the comments (sorted,
 * without names). Fewer answers show counts only, so nobody can tell who said what.
 */
public record FeedbackSummary(List<Group> groups) {

	/** The fewest answers of one relation whose scores and comments are shown. */
	public static final int ANONYMITY_THRESHOLD = 3;

	/**
	 * @param relation PEER, REPORT or MANAGER
	 * @param shown whether enough answered for the content to be shown
	 * @param means mean score per competency (empty unless shown)
	 * @param comments the comments (empty unless shown)
	 */
	public record Group(String relation, int asked, int answered, boolean shown, Map<String, BigDecimal> means,
			List<String> comments) {
	}
}
