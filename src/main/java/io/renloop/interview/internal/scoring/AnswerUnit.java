package io.renloop.interview.internal.scoring;

import java.util.Set;

/**
 * A piece of an answer that can cover a key point — a whole sentence or one of its clauses — with its vector
 * and content words.
 *
 * @param index position of its sentence in the answer, from 0
 * @param sentence the whole sentence as written, quoted as evidence
 * @param text the piece compared with the rubric: the sentence or one of its clauses
 * @param vector unit vector by the question language's model
 * @param content distinct content words of {@code text}
 * @param copiedFromQuestion whether the piece mostly repeats the question, so it cannot be evidence
 * @param listed whether its sentence is a bare list of terms (outside knowledge questions), so it can mention a key
 * point but never cover it
 */
record AnswerUnit(int index, String sentence, String text, float[] vector, Set<String> content,
		boolean copiedFromQuestion, boolean listed) {
}
