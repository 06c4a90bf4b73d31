package io.renloop.interview.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into the units that are embedded and quoted as evidence: sentences, with over-long sentences cut
 * again at commas into clauses of a readable length.
 */
public final class Sentences {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;…\\n])|(?<=[.])(?=\\s)");

	private static final Pattern NUMBERED_STEP = Pattern
		.compile("(?=(?<![\\p{N}.])(?:\\d{1,2}[.、)）](?!\\d)|[（(]\\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]))");

	private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,：:])");

	/** Sentences longer than this (in characters) are cut at commas. */
	private static final int LONG_CHINESE = 60;

	private static final int LONG_ENGLISH = 200;

	private static final int MIN_CLAUSE = 4;

	private Sentences() {
	}

	/**
	 * The sentences of {@code text}, at most {@code maxUnits}; blank pieces and bare list markers are dropped.
	 */
	public static List<String> of(String text, boolean chinese, int maxUnits) {
		List<String> units = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			for (String step : NUMBERED_STEP.split(sentence)) {
				for (String unit : clauses(step.strip(), chinese)) {
					if (hasLetters(unit)) {
						units.add(unit);
						if (units.size() == maxUnits) {
							return units;
						}
					}
				}
			}
		}
		return units;
	}

	private static List<String> clauses(String sentence, boolean chinese) {
		int longest = chinese ? LONG_CHINESE : LONG_ENGLISH;
		if (sentence.length() <= longest) {
			return List.of(sentence);
		}
		List<String> clauses = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String clause : CLAUSE_END.split(sentence)) {
			if (current.length() > 0 && current.length() + clause.length() > longest / 2) {
				clauses.add(current.toString().strip());
				current.setLength(0);
			}
			current.append(clause);
		}
		if (current.length() > 0) {
			clauses.add(current.toString().strip());
		}
		return clauses;
	}

	/** The clauses of a sentence, cut at commas and colons; clauses of fewer than four characters join the next. */
	public static List<String> clauses(String sentence) {
		List<String> clauses = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String clause : CLAUSE_END.split(sentence)) {
			current.append(clause);
			if (current.toString().strip().length() >= MIN_CLAUSE) {
				clauses.add(current.toString().strip());
				current.setLength(0);
			}
		}
		if (current.length() > 0 && hasLetters(current.toString())) {
			if (clauses.isEmpty()) {
				clauses.add(current.toString().strip());
			}
			else {
				clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + current.toString().strip());
			}
		}
		return clauses;
	}

	static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit)
				&& !text.strip().matches("[（(]?\\d{1,2}[.、)）]?|[①②③④⑤⑥⑦⑧⑨⑩]");
	}
}
