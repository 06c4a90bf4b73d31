package io.renloop.interview.internal;

import io.renloop.interview.internal.scoring.ContentWords;
import io.renloop.interview.internal.scoring.KeyPointSuggester;
import io.renloop.interview.internal.scoring.RubricScorer;
import io.renloop.interview.internal.scoring.Synonyms;
import io.renloop.platform.SentenceEmbeddings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scorer and the key-point suggester share one word analysis. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

	@Bean
	ContentWords interviewContentWords() {
		return new ContentWords(Synonyms.bundled());
	}

	@Bean
	KeyPointSuggester keyPointSuggester(ContentWords interviewContentWords) {
		return new KeyPointSuggester(interviewContentWords);
	}

	@Bean
	RubricScorer rubricScorer(SentenceEmbeddings embeddings, ContentWords interviewContentWords) {
		return new RubricScorer(embeddings, interviewContentWords);
	}
}
