package io.renloop.interview;

import io.renloop.shared.PageView;
import java.util.List;
import java.util.UUID;

/**
 * The current tenant's interview questions with their rubrics. Unknown questions, and questions of other
 * tenants, raise {@code NotFoundException}; archived questions stay readable by id but leave the list.
 */
public interface QuestionBank {

	/** Active questions, ordered by dimension and key. */
	PageView<QuestionView> list(QuestionFilter filter, int page, int size);

	QuestionView get(UUID id);

	/**
	 * @throws io.renloop.platform.InvalidFieldsException when the key is taken, the key-point weights do not add
	 * up to 1 (±0.01) or a level is anchored twice
	 */
	QuestionView create(QuestionDefinition question);

	/** Replaces a question; the rubric version grows when the rubric changed. */
	QuestionView update(UUID id, QuestionDefinition question);

	/** Takes a question out of the bank; scores that used it keep their reference. */
	void archive(UUID id);

	/**
	 * Adds the questions whose key the bank does not hold yet; idempotent by key. Questions without a key or
	 * that break the rules of {@link #create} are skipped with a warning in the log.
	 * @return how many were added
	 */
	int importQuestions(List<QuestionDefinition> questions);

	/**
	 * Splits a model answer into its distinct points, weighted by content: the way a rubric is drafted from a
	 * reference answer.
	 * @param language {@code zh} or {@code en}
	 */
	List<Rubric.KeyPoint> suggestKeyPoints(String modelAnswer, String language);
}
