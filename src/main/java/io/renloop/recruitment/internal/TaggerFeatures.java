package io.renloop.recruitment.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Turns a sentence into the features of each character: character n-grams in a window of five, character
 * classes, the HanLP word the character belongs to (boundaries, part of speech, the word itself) and lexicon
 * matches. Training and tagging use this one class, so they cannot drift apart.
 */
final class TaggerFeatures {

	private static final char PAD_LEFT = '\u0002';

	private static final char PAD_RIGHT = '\u0003';

	private static final String CLAUSE_BREAKS = "，,。；;、：:()（）《》\"“” \t\n";

	private static final String[] ORG_SUFFIXES = { "公司", "集团", "大学", "学院", "学校", "银行", "分行", "支行", "研究所",
			"研究院", "委员会", "协会", "学会", "商会", "中心", "事务所", "厂", "局", "院", "所", "处", "部", "厅", "办",
			"政府", "医院", "基金", "证券", "控股", "股份", "有限", "科技", "社", "会" };

	private static final String[] TITLE_SUFFIXES = { "经理", "董事", "主任", "总监", "书记", "主席", "顾问", "秘书", "会计",
			"长", "师", "员", "裁", "理事", "教授", "代表", "助理", "主管", "负责人", "合伙人", "专家" };

	private final Segment segment;

	private final TaggerLexicon lexicon;

	TaggerFeatures(TaggerLexicon lexicon) {
		this.lexicon = lexicon;
		this.segment = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(false).enableOrganizationRecognize(false).enableNameRecognize(false);
	}

	TaggerLexicon lexicon() {
		return lexicon;
	}

	/** One feature array per character of {@code text}. */
	long[][] extract(String text) {
		return extract(text, lexicon);
	}

	long[][] extract(String text, TaggerLexicon lexicon) {
		int n = text.length();
		char[] chars = normalise(text);
		byte[] wordPosition = new byte[n];
		long[] word = new long[n];
		int[] nature = new int[n];
		int[] wordLength = new int[n];
		segmentWords(text, wordPosition, word, nature, wordLength);
		long[] previousWord = new long[n];
		long[] nextWord = new long[n];
		neighbours(wordPosition, word, previousWord, nextWord);
		int[] orgAhead = distanceToSuffix(chars, ORG_SUFFIXES, true);
		int[] orgBehind = distanceToSuffix(chars, ORG_SUFFIXES, false);
		int[] titleAhead = distanceToSuffix(chars, TITLE_SUFFIXES, true);
		byte[][] lex = lexicon.positions(chars);
		long[][] features = new long[n][];
		for (int i = 0; i < n; i++) {
			long[] f = new long[25 + lex.length];
			int k = 0;
			char c0 = chars[i];
			char l1 = at(chars, i - 1);
			char l2 = at(chars, i - 2);
			char r1 = at(chars, i + 1);
			char r2 = at(chars, i + 2);
			f[k++] = FeatureHash.of(0, 0);
			f[k++] = FeatureHash.of(1, l2);
			f[k++] = FeatureHash.of(2, l1);
			f[k++] = FeatureHash.of(3, c0);
			f[k++] = FeatureHash.of(4, r1);
			f[k++] = FeatureHash.of(5, r2);
			f[k++] = FeatureHash.of(6, l2, l1);
			f[k++] = FeatureHash.of(7, l1, c0);
			f[k++] = FeatureHash.of(8, c0, r1);
			f[k++] = FeatureHash.of(9, r1, r2);
			f[k++] = FeatureHash.of(10, l1, r1);
			f[k++] = FeatureHash.of(11, l1, c0, r1);
			f[k++] = FeatureHash.of(12, l2, l1, c0);
			f[k++] = FeatureHash.of(13, c0, r1, r2);
			f[k++] = FeatureHash.of(14, charClass(l1), charClass(c0), charClass(r1));
			f[k++] = FeatureHash.of(15, wordPosition[i], Math.min(wordLength[i], 6));
			f[k++] = FeatureHash.of(16, wordPosition[i], nature[i]);
			f[k++] = FeatureHash.of(17, wordPosition[i], word[i]);
			f[k++] = FeatureHash.of(18, at(chars, i - 3), l2, l1);
			f[k++] = FeatureHash.of(19, r1, r2, at(chars, i + 3));
			f[k++] = FeatureHash.of(20, wordPosition[i], previousWord[i]);
			f[k++] = FeatureHash.of(21, wordPosition[i], nextWord[i]);
			f[k++] = FeatureHash.of(22, orgAhead[i]);
			f[k++] = FeatureHash.of(23, orgBehind[i]);
			f[k++] = FeatureHash.of(24, titleAhead[i]);
			for (int c = 0; c < lex.length; c++) {
				f[k++] = FeatureHash.of(100 + c, lex[c][i]);
			}
			features[i] = f;
		}
		return features;
	}

	private static void neighbours(byte[] position, long[] word, long[] previous, long[] next) {
		int n = position.length;
		long last = 1;
		for (int i = 0; i < n; i++) {
			if (position[i] == 1 || position[i] == 4 || position[i] == 0) {
				long current = i > 0 ? word[i - 1] : 1;
				last = i > 0 ? current : 1;
			}
			previous[i] = last;
		}
		long following = 2;
		for (int i = n - 1; i >= 0; i--) {
			next[i] = following;
			if (position[i] == 1 || position[i] == 4 || position[i] == 0) {
				following = word[i];
			}
		}
	}

	/**
	 * For each character, a bucket of the distance to the nearest end of a suffix ahead of it (or the nearest
	 * suffix end behind it) within the same clause; 0 when there is none.
	 */
	private static int[] distanceToSuffix(char[] chars, String[] suffixes, boolean ahead) {
		int n = chars.length;
		boolean[] endsHere = new boolean[n];
		String text = new String(chars);
		for (String suffix : suffixes) {
			for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
				endsHere[at + suffix.length() - 1] = true;
			}
		}
		int[] bucket = new int[n];
		int distance = -1;
		for (int step = 0; step < n; step++) {
			int i = ahead ? n - 1 - step : step;
			if (CLAUSE_BREAKS.indexOf(chars[i]) >= 0) {
				distance = -1;
			}
			else if (endsHere[i]) {
				distance = 0;
			}
			else if (distance >= 0) {
				distance++;
			}
			bucket[i] = distance < 0 ? 0 : distance < 4 ? 1 + distance : distance < 6 ? 5 : distance < 9 ? 6
					: distance < 14 ? 7 : distance < 20 ? 8 : 0;
		}
		return bucket;
	}

	private void segmentWords(String text, byte[] position, long[] word, int[] nature, int[] length) {
		List<Term> terms = segment.seg(text);
		for (Term term : terms) {
			int start = term.offset;
			int len = term.word.length();
			long key = FeatureHash.of(99, new String(normalise(term.word)));
			int natureKey = term.nature == null ? -1 : term.nature.toString().hashCode();
			for (int j = 0; j < len && start + j < position.length; j++) {
				int i = start + j;
				if (i < 0) {
					continue;
				}
				position[i] = (byte) (len == 1 ? 4 : j == 0 ? 1 : j == len - 1 ? 3 : 2);
				word[i] = len <= 6 ? key : 0;
				nature[i] = natureKey;
				length[i] = len;
			}
		}
	}

	private static char at(char[] chars, int i) {
		return i < 0 ? PAD_LEFT : i >= chars.length ? PAD_RIGHT : chars[i];
	}

	/** Full-width forms to ASCII, Latin letters to lower case, every digit to 0. */
	static char[] normalise(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = normalise(text.charAt(i));
		}
		return out;
	}

	/** Full-width forms to ASCII and Latin letters to lower case, digits kept. */
	static char[] normaliseKeepDigits(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			out[i] = c >= '0' && c <= '9' ? c : normalise(c);
			if (c >= '\uFF10' && c <= '\uFF19') {
				out[i] = (char) (c - 0xFEE0);
			}
		}
		return out;
	}

	static char normalise(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			c = (char) (c - 0xFEE0);
		}
		else if (c == '\u3000') {
			c = ' ';
		}
		if (c >= '0' && c <= '9') {
			return '0';
		}
		return Character.toLowerCase(c);
	}

	private static int charClass(char c) {
		if (c == PAD_LEFT || c == PAD_RIGHT) {
			return 0;
		}
		if (c == '0') {
			return 1;
		}
		if (c >= 'a' && c <= 'z') {
			return 2;
		}
		if (Character.isWhitespace(c)) {
			return 3;
		}
		if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
			return "年月日".indexOf(c) >= 0 ? 5 : 4;
		}
		return 6;
	}
}
