package io.renloop.performance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A self or manager review: scores per item (KPI code, or {@code C:} and the competency's name), from 0 to 120,
 * a comment, and for managers the potential (1–3). {@code submit} ends the writer's part; without it the draft is
 * kept.
 */
public record WriteReview(@Size(max = 60) Map<String, BigDecimal> scores, @Size(max = 4000) String comment,
		@Min(1) @Max(3) Integer potential, boolean submit) {

	public WriteReview {
		scores = scores == null ? Map.of() : Map.copyOf(scores);
	}
}
