package io.renloop.interview.internal;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.internal.FeedbackFacts.Dimension;
import io.renloop.interview.internal.FeedbackFacts.StoryPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes candidate feedback from {@link FeedbackFacts} in the interview's language: encouraging, about the
 * dimensions by name and about what the answers did or left out, never about scores or rubric texts. The same
 * facts always give the same words.
 */
@Component
class FeedbackWriter {

	static final int ITEMS = 3;

	private final MessageSource messages;

	FeedbackWriter(MessageSource messages) {
		this.messages = messages;
	}

	/** The feedback's texts; each item names the dimension it is about. */
	Wording write(FeedbackFacts facts, Locale locale) {
		return new Wording(strengths(facts, locale), improvements(facts, locale),
				message("interview.feedback.fit." + facts.jobFit(), locale),
				message("interview.feedback.closing", locale));
	}

	private List<String> strengths(FeedbackFacts facts, Locale locale) {
		List<String> strengths = new ArrayList<>();
		for (Dimension d : facts.dimensions()) {
			if (d.strong()) {
				strengths.add(message(d.coverage() >= 0.7 ? "interview.feedback.strength.covered"
						: "interview.feedback.strength.solid", locale, d.name()));
			}
		}
		for (Dimension d : facts.dimensions()) {
			if (d.completeStory()) {
				strengths.add(message("interview.feedback.strength.story", locale, d.name()));
			}
			if (Boolean.TRUE.equals(d.stepsInOrder())) {
				strengths.add(message("interview.feedback.strength.steps", locale, d.name()));
			}
			if (d.concrete()) {
				strengths.add(message("interview.feedback.strength.concrete", locale, d.name()));
			}
		}
		if (strengths.isEmpty()) {
			boolean allAnswered = facts.dimensions().stream().noneMatch(d -> d.flags().contains(AnswerFlag.EMPTY));
			strengths.add(message(allAnswered ? "interview.feedback.strength.answered" : "interview.feedback.strength.started",
					locale));
		}
		return strengths.stream().distinct().limit(ITEMS).toList();
	}

	private List<String> improvements(FeedbackFacts facts, Locale locale) {
		List<String> improvements = new ArrayList<>();
		for (Dimension d : facts.weakestFirst()) {
			if (d.missedEssentials()) {
				improvements.add(message("interview.feedback.improve.essentials", locale, d.name()));
			}
			if (!d.strong() && d.coverage() < 0.5) {
				improvements.add(message("interview.feedback.improve.aspects", locale, d.name()));
			}
			if (d.flags().contains(AnswerFlag.OFF_TOPIC) || d.flags().contains(AnswerFlag.COPIED_QUESTION)) {
				improvements.add(message("interview.feedback.improve.onTopic", locale, d.name()));
			}
			if (!d.missingStory().isEmpty() && !d.flags().contains(AnswerFlag.EMPTY)) {
				improvements.add(message("interview.feedback.improve.story", locale, d.name(), parts(d, locale)));
			}
			if (Boolean.FALSE.equals(d.stepsInOrder())) {
				improvements.add(message("interview.feedback.improve.steps", locale, d.name()));
			}
			if (d.vague() && !d.flags().contains(AnswerFlag.EMPTY)) {
				improvements.add(message("interview.feedback.improve.concrete", locale, d.name()));
			}
		}
		if (facts.dimensions().stream().anyMatch(d -> d.flags().contains(AnswerFlag.EMPTY))) {
			improvements.add(0, message("interview.feedback.improve.unanswered", locale));
		}
		if (facts.dimensions().stream().anyMatch(d -> d.flags().contains(AnswerFlag.TOO_LONG))) {
			improvements.add(message("interview.feedback.improve.focus", locale));
		}
		if (improvements.isEmpty()) {
			improvements.add(message("interview.feedback.improve.keepGoing", locale));
		}
		return improvements.stream().distinct().limit(ITEMS).toList();
	}

	private String parts(Dimension d, Locale locale) {
		String separator = message("interview.feedback.part.separator", locale);
		return d.missingStory()
			.stream()
			.map(StoryPart::name)
			.map(p -> message("interview.feedback.part." + p, locale))
			.collect(Collectors.joining(separator));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The texts of a candidate's feedback. */
	record Wording(List<String> strengths, List<String> improvements, String jobFit, String closing) {
	}
}
