package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change numbered below one already seen may still commit: the cursor asks for it again for a while, and never
 * reports a restart position beyond it.
 */
class ChangeCursorTests {

	static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

	@Test
	void aNumberSkippedInABatchIsAwaited() {
		ChangeCursor cursor = new ChangeCursor(10);

		cursor.advance(List.of(11L, 13L, 14L), NOW);

		assertThat(cursor.position()).isEqualTo(14);
		assertThat(cursor.gaps()).containsExactly(12L);
		assertThat(cursor.safePoint()).isEqualTo(11);
	}

	@Test
	void aLateCommitFillsItsGap() {
		ChangeCursor cursor = new ChangeCursor(10);
		cursor.advance(List.of(12L), NOW);

		cursor.advance(List.of(11L), NOW.plusSeconds(2));

		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.position()).isEqualTo(12);
		assertThat(cursor.safePoint()).isEqualTo(12);
	}

	@Test
	void aNumberThatNeverCommitsIsForgottenAfterAMinute() {
		ChangeCursor cursor = new ChangeCursor(0);
		cursor.advance(List.of(2L), NOW);

		cursor.advance(List.of(), NOW.plus(ChangeCursor.GAP_PATIENCE).minusSeconds(1));
		assertThat(cursor.gaps()).containsExactly(1L);

		cursor.advance(List.of(), NOW.plus(ChangeCursor.GAP_PATIENCE).plusSeconds(1));
		assertThat(cursor.gaps()).isEmpty();
	}
}
