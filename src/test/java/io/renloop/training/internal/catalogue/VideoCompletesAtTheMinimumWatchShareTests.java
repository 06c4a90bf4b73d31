package io.renloop.training.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VideoCompletesAtTheMinimumWatchShareTests {

	final WatchRule tenMinutesAt80 = new WatchRule(600, new BigDecimal("0.80"));

	@Test
	void completesExactlyAtTheShare() {
		assertThat(tenMinutesAt80.completes(480)).isTrue();
		assertThat(tenMinutesAt80.completes(479)).isFalse();
	}

	@Test
	void aReplayOrAReloadNeverLosesWhatWasWatched() {
		assertThat(tenMinutesAt80.watched(300, 120)).isEqualTo(300);
		assertThat(tenMinutesAt80.watched(300, 360)).isEqualTo(360);
	}

	@Test
	void watchedSecondsStopAtTheVideosLength() {
		assertThat(tenMinutesAt80.watched(0, 5000)).isEqualTo(600);
		assertThat(tenMinutesAt80.position(5000)).isEqualTo(600);
		assertThat(tenMinutesAt80.position(-3)).isZero();
	}

	@Test
	void progressIsTheWatchedShareRoundedDown() {
		assertThat(tenMinutesAt80.percent(599)).isEqualTo(99);
		assertThat(tenMinutesAt80.percent(600)).isEqualTo(100);
		assertThat(tenMinutesAt80.percent(0)).isZero();
	}

	@Test
	void withoutAShareNinetyPercentMustBeWatched() {
		WatchRule rule = new WatchRule(100, null);
		assertThat(rule.completes(89)).isFalse();
		assertThat(rule.completes(90)).isTrue();
	}
}
