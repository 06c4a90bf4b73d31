package io.renloop.recruitment.internal;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words of a few categories (titles, degrees, majors, schools...) whose matches in a sentence become tagger
 * features: for each character, the position (B/M/E/S) inside the longest match of each category.
 */
final class TaggerLexicon {

	static final TaggerLexicon EMPTY = new TaggerLexicon(List.of(), Map.of());

	private final List<String> categories;

	private final AhoCorasickDoubleArrayTrie<Integer> trie;

	private final boolean empty;

	/**
	 * @param categories category names, at most 31
	 * @param words normalised word to bit mask of its categories
	 */
	TaggerLexicon(List<String> categories, Map<String, Integer> words) {
		this.categories = List.copyOf(categories);
		this.empty = words.isEmpty();
		this.trie = new AhoCorasickDoubleArrayTrie<>();
		if (!empty) {
			trie.build(new TreeMap<>(words));
		}
	}

	List<String> categories() {
		return categories;
	}

	/** Position codes per category and character: 0 none, 1 B, 2 M, 3 E, 4 S (longest match wins). */
	byte[][] positions(char[] text) {
		byte[][] codes = new byte[categories.size()][text.length];
		if (empty || text.length == 0) {
			return codes;
		}
		int[][] longest = new int[categories.size()][text.length];
		trie.parseText(new String(text), (begin, end, mask) -> {
			int length = end - begin;
			for (int c = 0; c < categories.size(); c++) {
				if ((mask & (1 << c)) == 0) {
					continue;
				}
				for (int i = begin; i < end; i++) {
					if (length > longest[c][i]) {
						longest[c][i] = length;
						codes[c][i] = (byte) (length == 1 ? 4 : i == begin ? 1 : i == end - 1 ? 3 : 2);
					}
				}
			}
		});
		return codes;
	}
}
