package io.renloop.interview.internal.scoring;

import static io.renloop.interview.internal.scoring.Scorers.SCORER;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScore.KeyPointEvidence;
import io.renloop.interview.QuestionView;
import io.renloop.interview.SampleQuestions;
import org.junit.jupiter.api.Test;

/**
 * The rubric scorer on realistic answers: evidence per key point, must-mention items, structure, and the gaming
 * answers that must not score well.
 */
class RubricScorerTests {

	static final QuestionView GAS = SampleQuestions.view("TEST-SAFETY-GAS");

	static final QuestionView CONFLICT = SampleQuestions.view("TEST-STAR-CONFLICT");

	static final QuestionView OBJECTION = SampleQuestions.view("TEST-SALES-OBJECTION");

	static final QuestionView DEADLINE = SampleQuestions.view("TEST-EN-DEADLINE");

	static final QuestionView SHIELD = SampleQuestions.view("TEST-SUPPORT-SHIELD");

	static final String STRONG_GAS = "发现瓦斯超限，我第一时间让大家停下手里的活，把工作面的电停掉。"
			+ "然后带着工友顺着避灾路线撤到新鲜风流的巷道里。撤出来以后马上给调度室打电话汇报位置和浓度，也告诉班长。"
			+ "在通风队的人来排放瓦斯之前，我们绝不会自己去处理，也不会私自送电。";

	static final String STRONG_CONFLICT = "去年在机电队，我和一位老师傅在检修计划上意见不一致，他想集中在周末停机检修，我担心影响产量。"
			+ "我主动约他吃饭沟通，先听他说理由，原来他担心分散检修会漏项。"
			+ "我整理了近三个月的故障记录，对比两种方案的停机时间，最后我们一起定了分两班轮流检修、用检查表防漏项的办法。"
			+ "结果停机时间减少了18%，也没有漏检。我学到的是先听对方的顾虑，再用数据说话。";

	static final String GENERIC_CLAIMS = "我是一个很好相处的人，团队合作精神很强，和同事一直关系很好，工作认真负责，遇到分歧也会积极沟通。";

	static final String STRONG_DEADLINE = "Last spring our biggest client moved their launch forward by two weeks, so my team had ten days "
			+ "instead of a month. I listed every remaining feature with the product owner and we agreed to drop two "
			+ "nice-to-have reports. I sent the client a short status note every morning and flagged the risk of the "
			+ "data migration early. As a result we shipped on time with no critical bugs, and I learned to raise risks "
			+ "in the first days rather than the last.";

	@Test
	void strongAnswerCoversEveryKeyPointWithItsOwnSentenceAsQuote() {
		AnswerScore score = SCORER.score(GAS, STRONG_GAS);
		print("strong gas", score);
		assertThat(score.keyPoints()).allMatch(KeyPointEvidence::covered);
		assertThat(score.keyPoints()).allMatch(point -> STRONG_GAS.contains(point.quote()));
		assertThat(score.keyPoints().get(2).quote()).contains("调度室");
		assertThat(score.missingMustMention()).isEmpty();
		assertThat(score.level()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void answerWithoutReportingMissesThatMustMentionAndIsCapped() {
		AnswerScore score = SCORER.score(GAS, "我会立即停止作业，切断电源，组织大家沿避灾路线撤离到新鲜风流处，等瓦斯浓度降下来再干。");
		print("no report", score);
		assertThat(score.missingMustMention()).contains("报告调度室", "不得擅自处理");
		assertThat(score.level()).isLessThanOrEqualTo(3);
		assertThat(score.keyPoints().get(1).covered()).isTrue();
		assertThat(score.keyPoints().get(2).covered()).isFalse();
		assertThat(score.keyPoints().get(2).quote()).isNull();
	}

	@Test
	void stepsInTheWrongOrderLowerTheStepOrder() {
		AnswerScore inOrder = SCORER.score(GAS, STRONG_GAS);
		AnswerScore reversed = SCORER.score(GAS, "在通风队的人来排放瓦斯之前，我们绝不会自己去处理，也不会私自送电。"
				+ "我会先给调度室打电话汇报位置和浓度。然后带着工友顺着避灾路线撤到新鲜风流的巷道里。最后让大家停下手里的活，把工作面的电停掉。");
		print("reversed", reversed);
		assertThat(inOrder.structure().kind()).isEqualTo("STEPS");
		assertThat(inOrder.structure().stepOrder()).isGreaterThan(0.9);
		assertThat(reversed.structure().stepOrder()).isLessThan(0.3);
		assertThat(reversed.score()).isLessThan(inOrder.score());
	}

	@Test
	void concreteStarStoryOutscoresGenericClaims() {
		AnswerScore story = SCORER.score(CONFLICT, STRONG_CONFLICT);
		AnswerScore claims = SCORER.score(CONFLICT, GENERIC_CLAIMS);
		print("star", story);
		assertThat(story.structure().kind()).isEqualTo("STAR");
		assertThat(story.structure().situation()).isTrue();
		assertThat(story.structure().action()).isTrue();
		assertThat(story.structure().result()).isTrue();
		assertThat(story.level()).isGreaterThanOrEqualTo(3);
		assertThat(story.score()).isGreaterThan(claims.score() + 15);
	}

	@Test
	void genericClaimsWithoutAStoryScoreLow() {
		AnswerScore score = SCORER.score(CONFLICT, GENERIC_CLAIMS);
		print("generic", score);
		assertThat(score.level()).isLessThanOrEqualTo(2);
	}

	@Test
	void englishStarStoryIsScoredWithTheEnglishModel() {
		AnswerScore score = SCORER.score(DEADLINE, STRONG_DEADLINE);
		print("deadline", score);
		assertThat(score.structure().completeness()).isEqualTo(1.0);
		assertThat(score.keyPoints().stream().filter(KeyPointEvidence::covered).count()).isGreaterThanOrEqualTo(2);
		assertThat(score.level()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void salesAnswerThatOnlyCutsThePriceScoresLowerThanAValueAnswer() {
		AnswerScore value = SCORER.score(OBJECTION, "我理解您的顾虑，价格确实是重要因素。想先问一下，您对比的是哪家的哪个型号？"
				+ "您最看重的是采购价还是后期维护？我们的设备寿命比同类长两年，维护费用每年低三成，算下来五年总成本反而低8%。"
				+ "如果您愿意，可以先试用一个月，或者我们给您做分期付款方案。");
		AnswerScore discount = SCORER.score(OBJECTION, "那我给您打个九折吧，再便宜就不行了。");
		print("value", value);
		print("discount", discount);
		assertThat(value.level()).isGreaterThanOrEqualTo(3);
		assertThat(discount.level()).isLessThanOrEqualTo(2);
		assertThat(value.score()).isGreaterThan(discount.score() + 30);
	}

	// --- gaming

	@Test
	void emptyAnswerScoresZero() {
		for (String empty : new String[] { "", "   ", "。。。", null }) {
			AnswerScore score = SCORER.score(GAS, empty);
			assertThat(score.score()).isZero();
			assertThat(score.flags()).containsExactly(AnswerFlag.EMPTY);
			assertThat(score.missingMustMention()).hasSize(4);
		}
	}

	@Test
	void copiedQuestionScoresLow() {
		AnswerScore score = SCORER.score(GAS, GAS.text());
		print("copied", score);
		assertThat(score.flags()).contains(AnswerFlag.COPIED_QUESTION);
		assertThat(score.score()).isLessThanOrEqualTo(20);
	}

	@Test
	void offTopicAnswerScoresLow() {
		AnswerScore score = SCORER.score(GAS, "我平时喜欢打篮球和看电影，周末经常和朋友去爬山。我觉得保持好心情对生活很重要，也喜欢做饭。");
		print("off-topic", score);
		assertThat(score.flags()).contains(AnswerFlag.OFF_TOPIC);
		assertThat(score.level()).isEqualTo(1);
	}

	@Test
	void keywordListScoresLow() {
		AnswerScore score = SCORER.score(GAS, "停止作业 切断电源 撤离人员 避灾路线 新鲜风流 报告调度室 班组长 不得擅自处理 瓦斯 通风");
		print("stuffing", score);
		assertThat(score.flags()).contains(AnswerFlag.KEYWORD_STUFFING);
		assertThat(score.level()).isLessThanOrEqualTo(2);
		assertThat(score.score()).isLessThanOrEqualTo(40);
	}

	@Test
	void englishKeywordListScoresLow() {
		AnswerScore score = SCORER.score(DEADLINE, "deadline, prioritised, scope, stakeholders, communicated, risks, progress, measurable result, lesson learned");
		print("en stuffing", score);
		assertThat(score.flags()).contains(AnswerFlag.KEYWORD_STUFFING);
		assertThat(score.score()).isLessThanOrEqualTo(40);
	}

	@Test
	void rubricTermsNamedInAListNeverCoverAKeyPointAndStayBelowLevelThree() {
		AnswerScore score = SCORER.score(GAS, "瓦斯，1.0%，停止作业，切断电源，撤离人员，避灾路线，新鲜风流，报告调度室，班组长，"
				+ "不得擅自处理，通风队。");
		print("stuffed list", score);
		assertThat(score.keyPoints()).noneMatch(KeyPointEvidence::covered);
		assertThat(score.keyPoints()).allMatch(point -> point.strength() <= Evidence.LISTED_CEILING);
		assertThat(score.flags()).contains(AnswerFlag.KEYWORD_STUFFING);
		assertThat(score.level()).isLessThanOrEqualTo(2);
		assertThat(score.score()).isLessThan(30);
	}

	@Test
	void aListMixedIntoAnAnswerCountsOnlyWhereItIsWrittenAsStatements() {
		String statements = "我会马上让大家停下手里的活，把工作面的电停掉。";
		AnswerScore mixed = SCORER.score(GAS, statements + "撤离，避灾路线，新鲜风流，调度室，通风队。");
		print("mixed", mixed);
		assertThat(mixed.keyPoints().get(0).covered()).isTrue();
		assertThat(mixed.keyPoints().get(0).quote()).isEqualTo(statements);
		assertThat(mixed.keyPoints().stream().filter(KeyPointEvidence::covered))
			.allMatch(point -> statements.equals(point.quote()));
	}

	@Test
	void tenThousandCharactersOfRepetitionAreBoundedFlaggedAndCapped() {
		String rambling = STRONG_GAS.repeat(100);
		assertThat(rambling.length()).isGreaterThan(10_000);
		long start = System.nanoTime();
		AnswerScore score = SCORER.score(GAS, rambling);
		print("rambling", score);
		assertThat(score.flags()).contains(AnswerFlag.TOO_LONG, AnswerFlag.REPETITIVE);
		assertThat(score.score()).isLessThanOrEqualTo(40);
	}

	@Test
	void sameAnswerAlwaysScoresTheSame() {
		AnswerScore first = SCORER.score(SHIELD, "移架前我会看一下支架前面有没有人，管路有没有漏液，压力够不够。移架后看接顶情况。");
		for (int i = 0; i < 5; i++) {
			assertThat(SCORER.score(SHIELD, "移架前我会看一下支架前面有没有人，管路有没有漏液，压力够不够。移架后看接顶情况。"))
				.usingRecursiveComparison()
				.isEqualTo(first);
		}
		print("shield", first);
	}

	static void print(String label, AnswerScore score) {
		System.out.printf("%s: level %d score %d flags %s missing %s structure %s spec %.2f rel %.2f%n", label,
				score.level(), score.score(), score.flags(), score.missingMustMention(), score.structure(),
				score.specificity(), score.relevance());
		score.keyPoints().forEach(p -> System.out.printf("   %s %.2f %s | %s%n", p.covered() ? "+" : "-", p.strength(),
				p.keyPoint(), p.quote()));
	}
}
