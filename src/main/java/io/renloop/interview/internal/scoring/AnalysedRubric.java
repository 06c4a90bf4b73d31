package io.renloop.interview.internal.scoring;

import java.util.List;
import java.util.Set;

/**
 * A question's rubric prepared for scoring: the vectors and content words of its key points, must-mention items
 * and question text. Built once per question and rubric version.
 *
 * @param keyPoints one per key point, in rubric order
 * @param mustMention one per must-mention item
 * @param question the question's text
 * @param rubricTerms every content word of the question, key points and must-mention items
 */
record AnalysedRubric(List<AnalysedText> keyPoints, List<AnalysedText> mustMention, AnalysedText question,
		Set<String> rubricTerms) {

	/** A text with its unit vector and its distinct content words. */
	record AnalysedText(String text, float[] vector, Set<String> content) {
	}
}
