package io.renloop.interview.internal;

import io.renloop.interview.internal.FeedbackDrafts.DimensionSummary;
import io.renloop.interview.internal.FeedbackDrafts.Request;
import io.renloop.interview.internal.FeedbackWriter.Wording;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reviewer's draft may replace the rule-based wording: the same number of items, each of a sensible
 * length, in the interview's language, naming the same dimensions as the item it rewords, with no number and no
 * word about scores, levels or weights that the original did not have.
 */
final class DraftChecks {

	static final int MIN_LENGTH = 4;

	static final int MAX_LENGTH = 400;

	private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+|[零一二三四五六七八九十百]+分");

	private static final List<String> SCORE_WORDS = List.of("score", "level", "weight", "rubric", "point", "percent",
			"分数", "得分", "评分", "等级", "权重", "百分", "要点");

	private DraftChecks() {
	}

	static boolean acceptable(Request request, Wording draft) {
		Wording original = request.wording();
		return draft.strengths().size() == original.strengths().size()
				&& draft.improvements().size() == original.improvements().size()
				&& items(request, original.strengths(), draft.strengths())
				&& items(request, original.improvements(), draft.improvements())
				&& item(request, original.jobFit(), draft.jobFit());
	}

	private static boolean items(Request request, List<String> original, List<String> draft) {
		for (int i = 0; i < original.size(); i++) {
			if (!item(request, original.get(i), draft.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean item(Request request, String original, String draft) {
		return draft != null && draft.length() >= MIN_LENGTH && draft.length() <= MAX_LENGTH
				&& inLanguage(request.language(), withoutDimensions(request, draft))
				&& keepsDimensions(request, original, draft) && addsNoNumbers(original, draft)
				&& addsNoScoreWords(original, draft);
	}

	private static boolean keepsDimensions(Request request, String original, String draft) {
		return request.dimensions()
			.stream()
			.map(DimensionSummary::dimension)
			.filter(original::contains)
			.allMatch(draft::contains);
	}

	private static boolean addsNoNumbers(String original, String draft) {
		Matcher numbers = DIGITS.matcher(draft);
		while (numbers.find()) {
			if (!original.contains(numbers.group())) {
				return false;
			}
		}
		return true;
	}

	private static boolean addsNoScoreWords(String original, String draft) {
		String before = original.toLowerCase(Locale.ROOT);
		String after = draft.toLowerCase(Locale.ROOT);
		return SCORE_WORDS.stream().noneMatch(w -> after.contains(w) && !before.contains(w));
	}

	/** Chinese: mostly Han characters among the letters; English: no Han characters at all. */
	static boolean inLanguage(String language, String text) {
		long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
		return "zh".equals(language) ? han > 0 && han >= latin : han == 0 && latin > 0;
	}

	private static String withoutDimensions(Request request, String text) {
		String rest = text;
		for (DimensionSummary d : request.dimensions()) {
			rest = rest.replace(d.dimension(), " ");
		}
		return rest;
	}
}
