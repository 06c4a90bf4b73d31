package io.renloop.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The 9-box of a department: the latest published performance (rows) against the potential managers rated
 * (columns), and the people it suggests for promotion and pay review, with reasons.
 *
 * @param cycleId the published cycle the performance axis comes from, or null when none is published
 */
public record TalentReviewView(UUID cycleId, String cycleName, List<Box> boxes, List<Candidate> promotionCandidates,
		List<Candidate> payReviewCandidates) {

	/**
	 * One of nine boxes.
	 * @param performance 1 (low: C, D) to 3 (high: S, A)
	 * @param potential 1 to 3
	 */
	public record Box(int performance, int potential, List<Person> people) {
	}

	/** Someone in a box. */
	public record Person(UUID employeeId, String name, String grade, BigDecimal score, Integer potential) {
	}

	/** Someone suggested, with why. */
	public record Candidate(UUID employeeId, String name, List<String> reasons) {
	}
}
