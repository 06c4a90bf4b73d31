package io.renloop.training.internal.effect;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.training.internal.effect.BeforeAndAfter.Completion;
import io.renloop.training.internal.effect.BeforeAndAfter.Effect;
import io.renloop.training.internal.effect.BeforeAndAfter.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A course's effect compares each participant's last result published before completion with their first published
 * after it; only participants with both count, and the means have two decimals.
 */
class ScoresAreComparedBeforeAndAfterCompletionTests {

	static final Instant COMPLETED = Instant.parse("2026-03-15T08:00:00Z");

	final UUID ann = UUID.randomUUID();

	final UUID bo = UUID.randomUUID();

	final UUID cy = UUID.randomUUID();

	@Test
	void theLastBeforeAndTheFirstAfterAreCompared() {
		Effect effect = BeforeAndAfter.of(List.of(new Completion(ann, COMPLETED), new Completion(bo, COMPLETED)),
				List.of(score(ann, "2025-07-01", "40"), score(ann, "2026-01-05", "50"), score(ann, "2026-07-05", "70"),
						score(ann, "2027-01-05", "99"), score(bo, "2026-01-05", "55"), score(bo, "2026-07-05", "66")));

		assertThat(effect.participants()).isEqualTo(2);
		assertThat(effect.before()).isEqualByComparingTo("52.50");
		assertThat(effect.after()).isEqualByComparingTo("68.00");
	}

	@Test
	void participantsWithoutAResultOnBothSidesAreNotCounted() {
		Effect effect = BeforeAndAfter.of(List.of(new Completion(ann, COMPLETED), new Completion(bo, COMPLETED),
				new Completion(cy, COMPLETED)),
				List.of(score(ann, "2026-01-05", "50"), score(ann, "2026-07-05", "61"), score(bo, "2026-01-05", "10"),
						score(cy, "2026-07-05", "90")));

		assertThat(effect.participants()).isEqualTo(1);
		assertThat(effect.before()).isEqualByComparingTo("50.00");
		assertThat(effect.after()).isEqualByComparingTo("61.00");
	}

	@Test
	void aResultPublishedAtTheInstantOfCompletionIsNeitherBeforeNorAfter() {
		Effect effect = BeforeAndAfter.of(List.of(new Completion(ann, COMPLETED)), List.of(new Score(ann, COMPLETED,
				new BigDecimal("80")), score(ann, "2026-07-05", "70")));

		assertThat(effect.participants()).isZero();
		assertThat(effect.before()).isNull();
		assertThat(effect.after()).isNull();
	}

	@Test
	void meansAreRoundedHalfUpToTwoDecimals() {
		Effect effect = BeforeAndAfter.of(List.of(new Completion(ann, COMPLETED), new Completion(bo, COMPLETED),
				new Completion(cy, COMPLETED)),
				List.of(score(ann, "2026-01-05", "50"), score(bo, "2026-01-05", "50"), score(cy, "2026-01-05", "51"),
						score(ann, "2026-07-05", "60"), score(bo, "2026-07-05", "60"), score(cy, "2026-07-05", "62")));

		assertThat(effect.participants()).isEqualTo(3);
		assertThat(effect.before()).isEqualTo(new BigDecimal("50.33"));
		assertThat(effect.after()).isEqualTo(new BigDecimal("60.67"));
	}

	private static Score score(UUID employee, String publishedOn, String score) {
		return new Score(employee, Instant.parse(publishedOn + "T02:00:00Z"), new BigDecimal(score));
	}
}
