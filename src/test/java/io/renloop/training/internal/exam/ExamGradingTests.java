package io.renloop.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.training.Exams.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExamGradingTests {

	final Question single = question(QuestionKind.SINGLE, List.of("1%", "0.5%", "2%"), "0", "瓦斯浓度达到 1% 停止作业");

	final Question multiple = question(QuestionKind.MULTIPLE, List.of("停止作业", "撤出人员", "继续生产", "报告调度"), "0,1,3",
			"继续生产是违章");

	final Question trueFalse = question(QuestionKind.TRUE_FALSE, List.of(), "false", "不得单人下井");

	final Question fillIn = question(QuestionKind.FILL_IN, List.of(), "自救器|隔绝式自救器", "每人随身携带");

	@Test
	void aMultipleChoiceCountsOnlyWithAllAndOnlyTheRightOptions() {
		assertThat(Grading.correct(multiple, "3,1,0")).isTrue();
		assertThat(Grading.correct(multiple, "0,1")).isFalse();
		assertThat(Grading.correct(multiple, "0,1,2,3")).isFalse();
	}

	@Test
	void fillInsIgnoreCaseBlanksAndAcceptAlternatives() {
		assertThat(Grading.correct(fillIn, "　隔绝式自救器 ")).isTrue();
		assertThat(Grading.correct(fillIn, "自救器")).isTrue();
		assertThat(Grading.correct(fillIn, "安全帽")).isFalse();
	}

	@Test
	void trueFalseIgnoresCaseAndBlankAnswersAreWrong() {
		assertThat(Grading.correct(trueFalse, "FALSE")).isTrue();
		assertThat(Grading.correct(trueFalse, "")).isFalse();
		assertThat(Grading.correct(single, null)).isFalse();
	}

	@Test
	void theScoreIsTheShareRightRoundedHalfUpAndWrongAnswersAreExplained() {
		Grading.Graded graded = Grading.grade(List.of(single, multiple, trueFalse),
				Map.of(single.id(), "0", multiple.id(), "0,1,3", trueFalse.id(), "true"));
		assertThat(graded.score()).isEqualTo(67);
		assertThat(graded.wrongAnswers()).singleElement().satisfies(wrong -> {
			assertThat(wrong.questionId()).isEqualTo(trueFalse.id());
			assertThat(wrong.yourAnswer()).isEqualTo("true");
			assertThat(wrong.correctAnswer()).isEqualTo("false");
			assertThat(wrong.explanation()).isEqualTo("不得单人下井");
		});
		assertThat(graded.passed(67)).isTrue();
		assertThat(graded.passed(68)).isFalse();
	}

	@Test
	void wrongChoicesAreShownAsTheOptionsTexts() {
		Grading.Graded graded = Grading.grade(List.of(multiple), Map.of(multiple.id(), "2"));
		assertThat(graded.wrongAnswers().get(0).yourAnswer()).isEqualTo("继续生产");
		assertThat(graded.wrongAnswers().get(0).correctAnswer()).isEqualTo("停止作业; 撤出人员; 报告调度");
	}

	private static Question question(QuestionKind kind, List<String> options, String answer, String explanation) {
		return new Question(UUID.randomUUID(), kind, kind + " question", options, answer, explanation);
	}
}
