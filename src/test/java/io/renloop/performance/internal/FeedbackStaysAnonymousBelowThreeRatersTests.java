package io.renloop.performance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.FeedbackSummary;
import io.renloop.performance.FeedbackSummary.Group;
import io.renloop.performance.internal.FeedbackSummaries.Answer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 360 answers are shown by relation only where at least three answered, as means and sorted comments. */
class FeedbackStaysAnonymousBelowThreeRatersTests {

	static Answer answer(String relation, String score, String comment) {
		return new Answer(relation, Map.of("沟通", new BigDecimal(score)), comment);
	}

	@Test
	void twoPeersShowCountsOnlyThreeShowMeansAndComments() {
		FeedbackSummary summary = FeedbackSummaries.of(List.of(answer("PEER", "90", "乐于助人"),
				answer("PEER", "60", "偶尔迟到"), new Answer("PEER", null, null), answer("REPORT", "80", "耐心"),
				answer("REPORT", "70", null), answer("REPORT", "60", "安排清楚")));

		Group peers = summary.groups().get(0);
		assertThat(peers.relation()).isEqualTo("PEER");
		assertThat(peers.asked()).isEqualTo(3);
		assertThat(peers.answered()).isEqualTo(2);
		assertThat(peers.shown()).isFalse();
		assertThat(peers.means()).isEmpty();
		assertThat(peers.comments()).isEmpty();

		Group reports = summary.groups().get(1);
		assertThat(reports.shown()).isTrue();
		assertThat(reports.means().get("沟通")).isEqualByComparingTo("70.00");
		assertThat(reports.comments()).containsExactly("安排清楚", "耐心");
	}

	@Test
	void aCompetencyRatedByFewerThanThreeIsLeftOutEvenWhenTheGroupIsShown() {
		FeedbackSummary summary = FeedbackSummaries.of(List.of(
				new Answer("PEER", Map.of("沟通", BigDecimal.TEN, "安全", BigDecimal.ONE), null),
				new Answer("PEER", Map.of("沟通", BigDecimal.TEN), null),
				new Answer("PEER", Map.of("沟通", BigDecimal.TEN), null)));
		assertThat(summary.groups().get(0).means()).containsOnlyKeys("沟通");
	}
}
