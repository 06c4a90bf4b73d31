package io.renloop.interview.internal.scoring;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into words and keeps the content words, normalised so that a key point and an answer that use
 * the same idea share tokens: HanLP segmentation with part-of-speech tags for Chinese, lower-case tokens with
 * light stemming for English, and synonyms mapped to one canonical word. Function words (particles,
 * prepositions, conjunctions, pronouns, articles) are counted but not kept: their share tells prose from a list
 * of keywords. Thread-safe.
 */
public final class ContentWords {

	private static final Set<String> CHINESE_STOP_WORDS = Set.of("进行", "可以", "能够", "应该", "需要", "会", "要", "能",
			"做", "问题", "情况", "方面", "时候", "一些", "这样", "那样", "什么", "怎么", "如何", "为什么", "就是", "还是",
			"是", "有", "没有", "等", "等等", "请", "谈谈", "简述", "说明", "描述");

	private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "so",
			"to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "about", "as", "than", "then", "that",
			"this", "these", "those", "it", "its", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she",
			"him", "her", "they", "them", "their", "is", "are", "was", "were", "be", "been", "being", "am", "do",
			"does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "shall", "may", "might",
			"must", "not", "no", "there", "here", "what", "which", "who", "whom", "when", "where", "why", "how",
			"all", "any", "each", "some", "such", "very", "also", "just", "up", "out", "over", "after", "before",
			"because", "while", "again", "too", "only", "own", "same", "both", "through", "during", "until");

	private static final Set<String> ENGLISH_STOP_WORDS = Set.of("describe", "explain", "tell", "time", "would",
			"thing", "things", "way", "lot", "really", "get", "got", "make", "made");

	private final Segment segment = HanLP.newSegment()
		.enablePartOfSpeechTagging(true)
		.enableNameRecognize(false)
		.enablePlaceRecognize(false)
		.enableOrganizationRecognize(false);

	private final Synonyms synonyms;

	public ContentWords(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	/** The words of {@code text}, analysed as Chinese or English. */
	public Words of(String text, boolean chinese) {
		return chinese ? chinese(text) : english(text);
	}

	private Words chinese(String text) {
		List<String> content = new ArrayList<>();
		int words = 0;
		int function = 0;
		List<Term> terms;
		synchronized (segment) {
			terms = segment.seg(text);
		}
		for (Term term : terms) {
			String nature = term.nature == null ? "x" : term.nature.toString();
			String word = term.word.strip().toLowerCase(Locale.ROOT);
			if (word.isEmpty() || nature.startsWith("w")) {
				continue;
			}
			words++;
			if (isChineseFunctionWord(nature)) {
				function++;
			}
			else if (isChineseContentWord(nature, word)) {
				content.add(synonyms.canonical(word));
			}
		}
		return new Words(content, words, function);
	}

	private static boolean isChineseFunctionWord(String nature) {
		char first = nature.charAt(0);
		return first == 'u' || first == 'p' || first == 'c' || first == 'r' || first == 'y' || first == 'e'
				|| first == 'o' || nature.equals("vshi") || nature.equals("vyou");
	}

	private static boolean isChineseContentWord(String nature, String word) {
		if (CHINESE_STOP_WORDS.contains(word)) {
			return false;
		}
		char first = nature.charAt(0);
		return first == 'n' || first == 'v' || first == 'a' || first == 'i' || first == 'l' || first == 'j'
				|| first == 'b' || first == 'z' || first == 'g' || first == 'x' || first == 'm' || first == 't'
				|| first == 's' || first == 'f' && word.length() > 1;
	}

	private Words english(String text) {
		List<String> content = new ArrayList<>();
		int words = 0;
		int function = 0;
		for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
			String word = token.replace("'", "");
			if (word.isEmpty()) {
				continue;
			}
			words++;
			if (ENGLISH_FUNCTION_WORDS.contains(word)) {
				function++;
			}
			else if (!ENGLISH_STOP_WORDS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
				content.add(synonyms.canonical(stem(word)));
			}
		}
		return new Words(content, words, function);
	}

	/** Light suffix stripping: plurals, -ing, -ed, -ly, a final -e; enough to match "reducing", "reduces" and "reduced". */
	static String stem(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 5 && word.endsWith("ing")) {
			return undouble(word.substring(0, word.length() - 3));
		}
		if (word.length() > 4 && word.endsWith("ed")) {
			return undouble(word.substring(0, word.length() - 2));
		}
		if (word.length() > 4 && word.endsWith("ly")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
				|| word.endsWith("xes"))) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return stem(word.substring(0, word.length() - 1));
		}
		if (word.length() > 4 && word.endsWith("e")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	private static String undouble(String stem) {
		int n = stem.length();
		if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}

	/**
	 * The analysed words of a text.
	 *
	 * @param content normalised content words in text order, with repetitions
	 * @param words all words, punctuation excluded
	 * @param functionWords particles, prepositions, conjunctions, pronouns, articles and auxiliaries
	 */
	public record Words(List<String> content, int words, int functionWords) {

		public double functionShare() {
			return words == 0 ? 0 : (double) functionWords / words;
		}

		public Set<String> distinct() {
			return Set.copyOf(content);
		}
	}
}
