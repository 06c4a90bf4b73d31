package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.internal.FeedbackFacts.Dimension;
import io.renloop.interview.internal.FeedbackFacts.StoryPart;
import io.renloop.interview.internal.FeedbackWriter.Wording;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rule-based feedback: about the dimensions and what the answers did, in either language, always the same. */
class FeedbackWriterTests {

	static final FeedbackWriter WRITER = new FeedbackWriter(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/interview");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static final FeedbackFacts FACTS = new FeedbackFacts(List.of(
			new Dimension("Ownership", true, 0.8, EnumSet.noneOf(StoryPart.class), true, null, 0.6, false,
					EnumSet.noneOf(AnswerFlag.class)),
			new Dimension("Teamwork", false, 0.3, EnumSet.of(StoryPart.SITUATION, StoryPart.RESULT), false, null, 0.1,
					false, EnumSet.noneOf(AnswerFlag.class)),
			new Dimension("Safety", false, 0.4, EnumSet.noneOf(StoryPart.class), false, false, 0.3, true,
					EnumSet.noneOf(AnswerFlag.class))), "MODERATE");

	@Test
	void strengthsAndImprovementsNameTheDimensionsAndWhatTheAnswersDid() {
		Wording wording = WRITER.write(FACTS, Locale.ENGLISH);
		assertThat(wording.strengths()).containsExactly(
				"In Ownership, your answers covered most of what the questions were looking for.",
				"In Ownership, you told a complete story: the situation, your task, what you did and how it turned out.",
				"In Ownership, you gave concrete details, actions and facts rather than general statements.");
		assertThat(wording.improvements()).containsExactly(
				"In Safety, some essential steps were not mentioned: name every step you would take, even the obvious ones.",
				"In Safety, several important aspects of the questions were not addressed: think through the whole situation before you answer.",
				"In Safety, put the steps in the order in which you would take them.");
		assertThat(wording.jobFit()).isEqualTo("Your answers meet what this role asks for.");
	}

	@Test
	void missingStoryPartsAreNamedInTheCandidatesLanguage() {
		FeedbackFacts teamworkOnly = new FeedbackFacts(List.of(FACTS.dimensions().get(1)), "WEAK");
		assertThat(WRITER.write(teamworkOnly, Locale.ENGLISH).improvements()).contains(
				"In Teamwork, say more about the situation you were in, how it turned out.");
		Wording chinese = WRITER.write(teamworkOnly, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.improvements()).contains("在Teamwork方面，可以多讲讲当时的情境、最终的结果。");
		assertThat(chinese.strengths()).containsExactly("您回答了每一道题，并认真说明了自己的思路。");
		assertThat(chinese.jobFit()).contains("尚未完全达到");
	}

	@Test
	void theSameFactsGiveTheSameWordsWithoutNumbers() {
		Wording once = WRITER.write(FACTS, Locale.SIMPLIFIED_CHINESE);
		assertThat(WRITER.write(FACTS, Locale.SIMPLIFIED_CHINESE)).isEqualTo(once);
		assertThat(String.join("", once.strengths()) + String.join("", once.improvements()) + once.jobFit())
			.doesNotContainPattern("[0-9]");
	}
}
