package io.renloop.interview.internal.scoring;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;
import static io.renloop.interview.internal.scoring.Scorers.SUGGESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The features measured of a knowledge answer ({@link RubricScorer#knowledgeFeatures}) read the reference answer: a
 * correct answer in the candidate's own words is closer to it, by meaning and by words, than an answer about another
 * subject, and an empty answer measures nothing.
 */
class KnowledgeFeaturesCompareTheAnswerWithTheReferenceAnswerTests {

	static final String REFERENCE = "栈是一种只允许在一端进行插入和删除操作的线性表，这一端叫栈顶，另一端叫栈底。栈的特点是后进先出，"
			+ "最后入栈的元素最先出栈。基本操作有入栈push、出栈pop和取栈顶元素。栈可以用数组实现（顺序栈），也可以用链表实现（链栈）。"
			+ "栈常用于函数调用、表达式求值和括号匹配。";

	static final QuestionView STACK = question("什么是栈？请说明它的特点、基本操作和实现方式。", REFERENCE);

	static final String STRONG = "栈就是一种受限的线性表，插入和删除都只能在同一端做，这一端叫栈顶。它是后进先出的，"
			+ "比如最后压进去的元素会第一个被弹出来。常见操作就是push压栈、pop弹栈，还有看一下栈顶元素。"
			+ "实现的话可以用数组做顺序栈，也可以用链表做链栈。像函数调用、表达式求值、括号匹配都会用到栈。";

	static final String OTHER_SUBJECT = "队列是一种先进先出的线性表，元素从队尾进入、从队头出去，常用于排队和广度优先搜索。";

	@Test
	void theFeaturesReadTheReferenceAnswer() {
		KnowledgeFeatures strong = SCORER.knowledgeFeatures(STACK, STRONG);
		KnowledgeFeatures other = SCORER.knowledgeFeatures(STACK, OTHER_SUBJECT);
		assertThat(strong.referenceSimilarity()).isGreaterThan(other.referenceSimilarity());
		assertThat(strong.referenceRecall()).isGreaterThan(other.referenceRecall());
		assertThat(strong.coverage()).isGreaterThan(other.coverage());
		assertThat(strong.referencePrecision()).isGreaterThan(other.referencePrecision());
	}

	@Test
	void anEmptyAnswerMeasuresNothing() {
		assertThat(SCORER.knowledgeFeatures(STACK, "  ").values()).containsOnly(0.0);
	}

	static QuestionView question(String text, String reference) {
		List<Rubric.KeyPoint> keyPoints = SUGGESTER.suggest(reference, true);
		return new QuestionView(UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				"TEST-KNOWLEDGE-STACK", null, "知识", QuestionType.KNOWLEDGE, "zh", text,
				new Rubric(keyPoints, List.of(), List.of(), reference), 300, 1, false, Instant.EPOCH);
	}
}
