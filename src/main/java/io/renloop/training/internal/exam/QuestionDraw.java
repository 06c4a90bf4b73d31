package io.renloop.training.internal.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Draws an attempt's questions: a random selection of the bank in a random order, never a question twice. */
final class QuestionDraw {

	private QuestionDraw() {
	}

	static List<UUID> draw(List<UUID> bank, int count, Random random) {
		if (bank.size() < count) {
			throw new IllegalArgumentException("The bank has " + bank.size() + " questions, the exam asks " + count);
		}
		List<UUID> shuffled = new ArrayList<>(bank);
		Collections.shuffle(shuffled, random);
		return List.copyOf(shuffled.subList(0, count));
	}
}
