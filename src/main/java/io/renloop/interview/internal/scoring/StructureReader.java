package io.renloop.interview.internal.scoring;

import io.renloop.interview.AnswerScore.Structure;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the structure an answer of the question's kind should have: STAR completeness for behavioural
 * questions; for safety questions and procedures, whether the covered steps come in the rubric's order.
 */
final class StructureReader {

	private static final Pattern PROCEDURE = Pattern.compile("(?i)步骤|流程|顺序|程序|steps|procedure|in what order");

	private StructureReader() {
	}

	/** Whether the question asks for steps in order. */
	static boolean isProcedure(QuestionView question) {
		return question.type() == QuestionType.SAFETY || PROCEDURE.matcher(question.text()).find();
	}

	static Structure star(List<String> sentences, boolean chinese) {
		boolean[] parts = StarCues.parts(sentences, chinese);
		int present = 0;
		for (boolean part : parts) {
			present += part ? 1 : 0;
		}
		return new Structure("STAR", parts[0], parts[1], parts[2], parts[3], null, present / 4.0);
	}

	/**
	 * @param positions for each key point in rubric order, the index of the sentence that covers it, or -1
	 */
	static Structure steps(int[] positions) {
		List<Integer> covered = new ArrayList<>();
		for (int position : positions) {
			if (position >= 0) {
				covered.add(position);
			}
		}
		if (covered.size() < 2) {
			return new Structure("STEPS", null, null, null, null, null, 0);
		}
		double concordant = 0;
		int pairs = 0;
		for (int i = 0; i < covered.size(); i++) {
			for (int j = i + 1; j < covered.size(); j++) {
				pairs++;
				int a = covered.get(i);
				int b = covered.get(j);
				concordant += a < b ? 1 : a == b ? 0.5 : 0;
			}
		}
		double order = Math.round(1000 * concordant / pairs) / 1000.0;
		return new Structure("STEPS", null, null, null, null, order, order);
	}
}
