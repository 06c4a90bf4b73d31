package io.renloop.fairness.internal;

import io.renloop.fairness.FairnessReport.Flag;
import io.renloop.fairness.FairnessReport.GroupResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four-fifths rule over one attribute's groups. Groups with at least the minimum number of applicants are
 * compared with the highest selection rate among them; a group below four fifths of it is flagged. The comparison
 * is exact (cross-multiplied counts), only the printed rates and ratios are rounded to four decimals.
 */
final class ImpactRatios {

	static final String NOT_REPORTED = "NOT_REPORTED";

	private static final int SCALE = 4;

	private ImpactRatios() {
	}

	/** Applicants and selected applicants of one group. */
	record Counts(long applicants, long selected) {

		Counts plus(boolean selected) {
			return new Counts(applicants + 1, this.selected + (selected ? 1 : 0));
		}
	}

	/**
	 * @param groups the reported groups in display order
	 * @param notReported those who did not report or preferred not to say, shown last and never compared
	 */
	static List<GroupResult> of(Map<String, Counts> groups, Counts notReported, int minimumGroupSize) {
		Counts reference = null;
		for (Counts counts : groups.values()) {
			if (counts.applicants() >= minimumGroupSize && counts.applicants() > 0
					&& (reference == null || counts.selected() * reference.applicants() > reference.selected() * counts.applicants())) {
				reference = counts;
			}
		}
		List<GroupResult> results = new ArrayList<>();
		for (Map.Entry<String, Counts> group : groups.entrySet()) {
			results.add(result(group.getKey(), group.getValue(), reference, minimumGroupSize));
		}
		results.add(new GroupResult(NOT_REPORTED, notReported.applicants(), notReported.selected(), rate(notReported),
				null, Flag.NOT_COMPARED));
		return results;
	}

	private static GroupResult result(String group, Counts counts, Counts reference, int minimumGroupSize) {
		if (counts.applicants() < minimumGroupSize || counts.applicants() == 0) {
			return new GroupResult(group, counts.applicants(), counts.selected(), rate(counts), null,
					Flag.INSUFFICIENT_DATA);
		}
		if (reference.selected() == 0) {
			return new GroupResult(group, counts.applicants(), counts.selected(), rate(counts), null, Flag.OK);
		}
		// rate ÷ highest rate = (s × A) ÷ (a × S); below 4/5 exactly when 5 × s × A < 4 × a × S
		long numerator = counts.selected() * reference.applicants();
		long denominator = counts.applicants() * reference.selected();
		BigDecimal ratio = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
		Flag flag = 5 * numerator < 4 * denominator ? Flag.ADVERSE_IMPACT : Flag.OK;
		return new GroupResult(group, counts.applicants(), counts.selected(), rate(counts), ratio, flag);
	}

	private static BigDecimal rate(Counts counts) {
		return counts.applicants() == 0 ? null
				: BigDecimal.valueOf(counts.selected()).divide(BigDecimal.valueOf(counts.applicants()), SCALE,
						RoundingMode.HALF_UP);
	}
}
