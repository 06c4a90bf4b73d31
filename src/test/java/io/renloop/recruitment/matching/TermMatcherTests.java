package io.renloop.recruitment.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.SynonymLexicon;
import io.renloop.recruitment.internal.matching.TermMatch;
import io.renloop.recruitment.internal.matching.TermMatcher;
import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermMatcherTests {

	/** Fixed vectors: two terms point the same way, a third is orthogonal. */
	private static final TextVectors VECTORS = new TextVectors() {

		private final Map<String, float[]> vectors = Map.of("Vue.js 3", new float[] { 1, 0 }, "Vue 前端框架",
				new float[] { 0.96f, 0.28f }, "Excel", new float[] { 0, 1 });

		@Override
		public float[] vector(String text, TextLanguage language) {
			return vectors.get(text);
		}

		@Override
		public int dimension(TextLanguage language) {
			return 2;
		}
	};

	private final TermMatcher matcher = new TermMatcher(SynonymLexicon.standard(), VECTORS);

	@Test
	void similarTermsMatchSemanticallyWithPartialCredit() {
		TermMatch match = matcher.match(List.of("Vue.js 3"), List.of("Excel", "Vue 前端框架")).get(0);
		assertThat(match.kind()).isEqualTo(TermMatch.Kind.SEMANTIC);
		assertThat(match.matchedBy()).isEqualTo("Vue 前端框架");
		assertThat(match.credit()).isLessThan(1);
	}

	@Test
	void unrelatedTermsDoNotMatch() {
		assertThat(matcher.match(List.of("Vue.js 3"), List.of("Excel")).get(0).met()).isFalse();
	}

	@Test
	void listedSynonymsMatchFully() {
		TermMatch match = matcher.match(List.of("注册安全工程师"), List.of("注安师")).get(0);
		assertThat(match.kind()).isEqualTo(TermMatch.Kind.SYNONYM);
		assertThat(match.credit()).isEqualTo(1.0);
	}

	@Test
	void caseWidthAndSpacingDoNotMatter() {
		assertThat(matcher.match(List.of("Spring Boot"), List.of("ｓｐｒｉｎｇｂｏｏｔ")).get(0).kind())
			.isEqualTo(TermMatch.Kind.EXACT);
	}
}
