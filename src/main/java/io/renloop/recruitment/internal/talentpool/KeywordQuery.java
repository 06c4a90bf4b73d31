package io.renloop.recruitment.internal.talentpool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A BM25 query on one field: any of the query text's distinct terms, but only the {@code maxTerms} rarest in the
 * pool. A requisition's text has dozens of terms, many of them in most resumes
 * (负责, 相关, experience); each one makes every candidate of the tenant costlier to score while adding almost
 * nothing to the ranking, since BM25 weighs a term by its rarity. Keeping the rarest terms is what Lucene's
 * "more like this" does for the same reason.
 */
final class KeywordQuery {

	private KeywordQuery() {
	}

	/** The query, or null when none of the text's terms occurs in {@code field}. */
	static Query of(Analyzer analyzer, IndexReader reader, String field, String text, int maxTerms)
			throws IOException {
		List<Term> found = new ArrayList<>();
		List<Integer> frequencies = new ArrayList<>();
		for (String word : terms(analyzer, field, text)) {
			Term term = new Term(field, word);
			int frequency = reader.docFreq(term);
			if (frequency > 0) {
				found.add(term);
				frequencies.add(frequency);
			}
		}
		if (found.isEmpty()) {
			return null;
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingInt(frequencies::get).thenComparing(i -> found.get(i).text()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		order.stream().limit(maxTerms).forEach(i -> query.add(new TermQuery(found.get(i)), Occur.SHOULD));
		return query.build();
	}

	private static Set<String> terms(Analyzer analyzer, String field, String text) throws IOException {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		return terms;
	}
}
