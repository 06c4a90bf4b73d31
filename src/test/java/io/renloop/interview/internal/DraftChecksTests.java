package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.internal.FeedbackDrafts.DimensionSummary;
import io.renloop.interview.internal.FeedbackDrafts.Request;
import io.renloop.interview.internal.FeedbackWriter.Wording;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which drafts of the wording reviewer may replace the rule-based feedback. */
class DraftChecksTests {

	static final Wording ORIGINAL = new Wording(List.of("In Ownership, you told a complete story."),
			List.of("In Teamwork, say more about how it turned out."), "Your answers meet what this role asks for.",
			"Thank you.");

	static final Request REQUEST = new Request("en",
			List.of(new DimensionSummary("Ownership", true), new DimensionSummary("Teamwork", false)), ORIGINAL);

	static Wording draft(String strength, String improvement, String fit) {
		return new Wording(List.of(strength), List.of(improvement), fit, ORIGINAL.closing());
	}

	@Test
	void aFaithfulRewordingPasses() {
		assertThat(DraftChecks.acceptable(REQUEST, draft("In Ownership, your story was complete and easy to follow.",
				"In Teamwork, it would help to hear how things ended.", "You meet what the role needs."))).isTrue();
	}

	@Test
	void inventedNumbersScoreWordsAndDroppedDimensionsFail() {
		String fit = ORIGINAL.jobFit();
		String improvement = ORIGINAL.improvements().get(0);
		assertThat(DraftChecks.acceptable(REQUEST, draft("In Ownership, you scored 4 out of 5.", improvement, fit))).isFalse();
		assertThat(DraftChecks.acceptable(REQUEST, draft("In Ownership, your level was high.", improvement, fit))).isFalse();
		assertThat(DraftChecks.acceptable(REQUEST, draft("Your story was complete.", improvement, fit)))
			.as("the dimension's name is gone").isFalse();
		assertThat(DraftChecks.acceptable(REQUEST, draft("x", improvement, fit))).as("too short").isFalse();
		assertThat(DraftChecks.acceptable(REQUEST, draft("In Ownership, " + "very ".repeat(100), improvement, fit)))
			.as("too long").isFalse();
	}

	@Test
	void theDraftKeepsTheNumberOfItemsAndTheLanguage() {
		assertThat(DraftChecks.acceptable(REQUEST, new Wording(List.of(), ORIGINAL.improvements(), ORIGINAL.jobFit(),
				ORIGINAL.closing()))).isFalse();
		assertThat(DraftChecks.acceptable(REQUEST, draft("在 Ownership 方面，您讲述得很完整。", ORIGINAL.improvements().get(0),
				ORIGINAL.jobFit()))).isFalse();
		assertThat(DraftChecks.inLanguage("zh", "在安全意识方面，您讲述得很完整。")).isTrue();
		assertThat(DraftChecks.inLanguage("zh", "In safety, you did well.")).isFalse();
	}
}
