package io.renloop.interview.internal;

import io.renloop.interview.AnswerFlag;
import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScore.KeyPointEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What candidate feedback may rest on, per dimension: whether it was a strength, how much of what the questions
 * looked for was covered, the story's missing parts, the order of steps, concreteness and flags — never a key
 * point's text, a must-mention item, a score or a weight.
 *
 * @param dimensions strongest first, ties by name
 * @param jobFit STRONG, MODERATE or WEAK
 */
record FeedbackFacts(List<Dimension> dimensions, String jobFit) {

	/** Specificity at or above this reads as concrete, below {@link #VAGUE} as generic. */
	static final double CONCRETE = 0.5;

	static final double VAGUE = 0.25;

	/** The parts of a STAR answer, in the order they are told. */
	enum StoryPart {
		SITUATION, TASK, ACTION, RESULT
	}

	/**
	 * @param strong the dimension's score reached {@link InterviewReports#STRONG_DIMENSION}
	 * @param coverage 0–1: share of the key points' weight that was covered
	 * @param missingStory STAR parts missing from any of its behavioural answers
	 * @param completeStory a behavioural answer told all four parts
	 * @param stepsInOrder for safety answers: true in order, false out of order, null without steps
	 * @param missedEssentials some must-mention item was missing
	 */
	record Dimension(String name, boolean strong, double coverage, Set<StoryPart> missingStory, boolean completeStory,
			Boolean stepsInOrder, double specificity, boolean missedEssentials, Set<AnswerFlag> flags) {

		boolean concrete() {
			return specificity >= CONCRETE;
		}

		boolean vague() {
			return specificity < VAGUE;
		}
	}

	/**
	 * @param scores the stored dimension scores
	 * @param answers each answer's dimension with its scored evidence
	 */
	static FeedbackFacts of(Map<String, Double> scores, Map<String, List<AnswerScore>> answers, String jobFit) {
		List<Dimension> dimensions = new ArrayList<>();
		scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> dimensions.add(dimension(e.getKey(), e.getValue(), answers.getOrDefault(e.getKey(), List.of()))));
		return new FeedbackFacts(List.copyOf(dimensions), jobFit);
	}

	private static Dimension dimension(String name, double score, Collection<AnswerScore> answers) {
		double total = 0;
		double covered = 0;
		Set<StoryPart> missing = EnumSet.noneOf(StoryPart.class);
		boolean complete = false;
		Boolean inOrder = null;
		double specificity = 0;
		boolean essentials = false;
		Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
		for (AnswerScore answer : answers) {
			for (KeyPointEvidence point : answer.keyPoints()) {
				total += point.weight();
				covered += point.covered() ? point.weight() : 0;
			}
			AnswerScore.Structure structure = answer.structure();
			if ("STAR".equals(structure.kind())) {
				Set<StoryPart> absent = absentParts(structure);
				missing.addAll(absent);
				complete |= absent.isEmpty();
			}
			if (structure.stepOrder() != null) {
				inOrder = (inOrder == null || inOrder) && structure.stepOrder() >= 1.0;
			}
			specificity += answer.specificity();
			essentials |= !answer.missingMustMention().isEmpty();
			flags.addAll(answer.flags());
		}
		return new Dimension(name, score >= InterviewReports.STRONG_DIMENSION, total == 0 ? 0 : covered / total,
				missing, complete, inOrder, answers.isEmpty() ? 0 : specificity / answers.size(), essentials, flags);
	}

	private static Set<StoryPart> absentParts(AnswerScore.Structure structure) {
		Set<StoryPart> absent = EnumSet.noneOf(StoryPart.class);
		if (!Boolean.TRUE.equals(structure.situation())) {
			absent.add(StoryPart.SITUATION);
		}
		if (!Boolean.TRUE.equals(structure.task())) {
			absent.add(StoryPart.TASK);
		}
		if (!Boolean.TRUE.equals(structure.action())) {
			absent.add(StoryPart.ACTION);
		}
		if (!Boolean.TRUE.equals(structure.result())) {
			absent.add(StoryPart.RESULT);
		}
		return absent;
	}

	/** The dimensions weakest first, ties by name. */
	List<Dimension> weakestFirst() {
		List<Dimension> reversed = new ArrayList<>(dimensions);
		java.util.Collections.reverse(reversed);
		return reversed;
	}
}
