package io.renloop.interview.internal;

import io.renloop.interview.internal.FeedbackWriter.Wording;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The port of the optional wording reviewer: given the deterministic feedback and which dimensions were
 * strengths, a language model may redraft the wording. It never sees a score, a rubric or anything about the
 * candidate, and nothing it answers reaches a score.
 */
interface FeedbackDrafts {

	/** A draft, or empty when the endpoint failed, timed out or answered something unusable. */
	Optional<Wording> draft(Endpoint endpoint, Request request);

	/**
	 * @param language {@code zh} or {@code en}
	 * @param wording the deterministic feedback the draft must keep the content of
	 */
	record Request(String language, List<DimensionSummary> dimensions, Wording wording) {
	}

	/** @param strength whether the dimension was a strength rather than an area to improve */
	record DimensionSummary(String dimension, boolean strength) {
	}

	/** A tenant's OpenAI-compatible endpoint. */
	record Endpoint(String baseUrl, String model, String apiKey, Duration timeout) {
	}
}
