package io.renloop.performance.internal.scoring;

import io.renloop.performance.ItemScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * A review's items scored and their total.
 *
 * @param total the weighted score with two decimals, 0 when vetoed, null while an item has no score
 * @param vetoed whether a veto item zeroed the total
 * @param missing the items without a score yet
 */
public record ScoredReview(BigDecimal total, boolean vetoed, List<ItemScore> items, List<String> missing) {
}
