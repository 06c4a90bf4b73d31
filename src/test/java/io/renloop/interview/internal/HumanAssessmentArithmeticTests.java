package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.interview.AssessmentWeights;
import io.renloop.interview.DecisionCommand.Outcome;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.platform.BusinessRuleException;
import io.renloop.recruitment.ApplicationStage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the human part, checked against values computed by hand: ratings to scores, the composite
 * under weights, business-day deadlines, where a decision takes an application, and the grace after a link expired.
 */
class HumanAssessmentArithmeticTests {

	@Test
	void ratingsMapLinearlyFromOneToFiveOntoZeroToHundred() {
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(ScorecardScores::mapped)).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
		// (4 → 75 + 5 → 100) / 2 = 87.5; (3 → 50 + 2 → 25 + 2 → 25) / 3 = 33.33… → 33.3
		assertThat(ScorecardScores.scorecard(List.of(rating(4), rating(5)))).isEqualTo(87.5);
		assertThat(ScorecardScores.scorecard(List.of(rating(3), rating(2), rating(2)))).isEqualTo(33.3);
		assertThat(ScorecardScores.human(List.of(87.5, 37.5))).isEqualTo(62.5);
		assertThat(ScorecardScores.human(List.of())).isNull();
	}

	@Test
	void compositeIsTheWeightedMeanWhenBothPartsExist() {
		// 0.4 × 70 + 0.6 × 62.5 = 28 + 37.5 = 65.5
		CompositeScore both = CompositeScore.of(70.0, 62.5, AssessmentWeights.DEFAULT);
		assertThat(both.composite()).isEqualTo(65.5);
		assertThat(both.basis()).isEqualTo("BOTH");
		assertThat(both.effective()).isEqualTo(new AssessmentWeights(40, 60));
		// 0.25 × 81.3 + 0.75 × 50 = 20.325 + 37.5 = 57.825 → 57.8
		assertThat(CompositeScore.of(81.3, 50.0, new AssessmentWeights(25, 75)).composite()).isEqualTo(57.8);
	}

	@Test
	void aMissingPartIsNeverEstimated() {
		CompositeScore aiOnly = CompositeScore.of(70.0, null, AssessmentWeights.DEFAULT);
		assertThat(aiOnly.composite()).isEqualTo(70.0);
		assertThat(aiOnly.basis()).isEqualTo("AI_ONLY");
		assertThat(aiOnly.effective()).isEqualTo(new AssessmentWeights(100, 0));
		CompositeScore humansOnly = CompositeScore.of(null, 62.5, AssessmentWeights.DEFAULT);
		assertThat(humansOnly.composite()).isEqualTo(62.5);
		assertThat(humansOnly.effective()).isEqualTo(new AssessmentWeights(0, 100));
		CompositeScore none = CompositeScore.of(null, null, AssessmentWeights.DEFAULT);
		assertThat(none.composite()).isNull();
		assertThat(none.basis()).isEqualTo("NONE");
	}

	@Test
	void deadlinesSkipWeekendsInTheTenantsZone() {
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		// Thursday 2026-03-05 10:00 in Shanghai + 5 business days = Thursday 2026-03-12 10:00
		Instant thursday = Instant.parse("2026-03-05T02:00:00Z");
		assertThat(BusinessDays.after(thursday, 5, shanghai)).isEqualTo(Instant.parse("2026-03-12T02:00:00Z"));
		// Friday + 1 business day = Monday
		assertThat(BusinessDays.after(Instant.parse("2026-03-06T02:00:00Z"), 1, shanghai))
			.isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
		// Saturday 2026-03-07 22:00 UTC is already Sunday 06:00 in Shanghai: + 1 business day = Monday
		assertThat(BusinessDays.after(Instant.parse("2026-03-07T22:00:00Z"), 1, shanghai))
			.isEqualTo(Instant.parse("2026-03-08T22:00:00Z"));
	}

	@Test
	void decisionsTakeApplicationsOneStepOrOutButHoldKeepsThem() {
		assertThat(DefaultHiringDecisions.target(Outcome.ADVANCE, ApplicationStage.AI_INTERVIEW)).isEqualTo(ApplicationStage.INTERVIEWS);
		assertThat(DefaultHiringDecisions.target(Outcome.ADVANCE, ApplicationStage.SCREENED)).isEqualTo(ApplicationStage.INTERVIEWS);
		assertThat(DefaultHiringDecisions.target(Outcome.ADVANCE, ApplicationStage.INTERVIEWS)).isEqualTo(ApplicationStage.OFFER);
		assertThat(DefaultHiringDecisions.target(Outcome.REJECT, ApplicationStage.OFFER)).isEqualTo(ApplicationStage.REJECTED);
		assertThat(DefaultHiringDecisions.target(Outcome.HOLD, ApplicationStage.INTERVIEWS)).isEqualTo(ApplicationStage.INTERVIEWS);
		assertThatThrownBy(() -> DefaultHiringDecisions.target(Outcome.ADVANCE, ApplicationStage.OFFER))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(409));
	}

	@Test
	void expiredLinksStillReachHumanReviewWithinTheGrace() {
		Instant now = Instant.parse("2026-03-20T08:00:00Z");
		InterviewLinks links = new InterviewLinks("a test secret of thirty-two bytes".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(now, ZoneOffset.UTC));
		String expiredYesterday = links.issue("demo", UUID.randomUUID(), now.minus(Duration.ofDays(1)));
		assertThat(links.verifyWithin(expiredYesterday, Duration.ofDays(30)).tenantId()).isEqualTo("demo");
		String expiredLongAgo = links.issue("demo", UUID.randomUUID(), now.minus(Duration.ofDays(31)));
		assertThatThrownBy(() -> links.verifyWithin(expiredLongAgo, Duration.ofDays(30)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(410));
	}

	private static Rating rating(int value) {
		return new Rating("维度", value, null);
	}
}
