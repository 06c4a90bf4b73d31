package io.renloop.recruitment.internal.talentpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class KeywordQueryTests {

	private static final StandardAnalyzer ANALYZER = new StandardAnalyzer();

	@Test
	void keepsTheRarestTermsThatOccur() throws IOException {
		// term wN occurs in N documents: w1 is the rarest
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
				for (int doc = 1; doc <= 20; doc++) {
					int d = doc;
					String text = String.join(" ", IntStream.rangeClosed(d, 20).mapToObj(n -> "w" + n).toList());
					Document document = new Document();
					document.add(new TextField("text", text, Field.Store.NO));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				String query = String.join(" ", IntStream.rangeClosed(1, 20).mapToObj(n -> "w" + (21 - n)).toList())
						+ " unknown w3";
				List<String> kept = terms((BooleanQuery) KeywordQuery.of(ANALYZER, reader, "text", query, 16));
				assertThat(kept).hasSize(16)
					.containsExactlyElementsOf(IntStream.rangeClosed(1, 16).mapToObj(n -> "w" + n).toList());
				assertThat(KeywordQuery.of(ANALYZER, reader, "text", "unknown words", 16)).isNull();
			}
		}
	}

	private static List<String> terms(BooleanQuery query) {
		return query.clauses()
			.stream()
			.peek(clause -> assertThat(clause.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD))
			.map(clause -> ((TermQuery) clause.getQuery()).getTerm().text())
			.toList();
	}
}
