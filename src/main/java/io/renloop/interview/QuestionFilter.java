package io.renloop.interview;

/**
 * Narrows a list of questions; null fields do not filter.
 *
 * @param dimension exact competency dimension
 * @param type question type
 * @param language {@code zh} or {@code en}
 * @param jobFamily job family code
 */
public record QuestionFilter(String dimension, QuestionType type, String language, String jobFamily) {
}
