package io.renloop.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionsAreDrawnAtRandomPerAttemptTests {

	final List<UUID> bank = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();

	@Test
	void anAttemptGetsTheAskedNumberOfDistinctQuestionsOfTheBank() {
		List<UUID> drawn = QuestionDraw.draw(bank, 10, new Random(1));
		assertThat(drawn).hasSize(10).doesNotHaveDuplicates();
		assertThat(bank).containsAll(drawn);
	}

	@Test
	void attemptsDifferInSelectionOrOrder() {
		Random random = new Random(42);
		Set<List<UUID>> draws = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			draws.add(QuestionDraw.draw(bank, 10, random));
		}
		assertThat(draws).hasSize(5);
	}

	@Test
	void everyQuestionOfTheBankIsEventuallyAsked() {
		Random random = new Random(7);
		Set<UUID> asked = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			asked.addAll(QuestionDraw.draw(bank, 5, random));
		}
		assertThat(asked).containsExactlyInAnyOrderElementsOf(bank);
	}

	@Test
	void aBankSmallerThanTheExamIsRefused() {
		assertThatThrownBy(() -> QuestionDraw.draw(bank, 21, new Random())).isInstanceOf(IllegalArgumentException.class);
	}
}
