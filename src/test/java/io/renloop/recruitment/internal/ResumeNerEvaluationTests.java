package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.BmesCorpus.Sentence;
import io.renloop.recruitment.internal.BmesCorpus.Span;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Measures the parser's entity spans on {@code ../shared/data/resume-ner/dev.char.bmes}: exact-span precision,
 * recall and F1 per type, and the micro average over ORG, TITLE, EDU and PRO. Every sentence goes through
 * {@code parse(text)}, as the endpoint does. Gold spans that are protected attributes (the corpus tags "中共党员"
 * as a title) are taken out of the gold: the parser drops them by design; the table printed first counts them.
 * Print the table with {@code ./mvnw -q test -Dtest=ResumeNerEvaluationTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeNerEvaluationTests {

	static final List<String> TYPES = List.of("ORG", "TITLE", "EDU", "PRO", "NAME", "LOC");

	static final List<String> MEASURED = List.of("ORG", "TITLE", "EDU", "PRO");

	SpanScores scores;

	@BeforeAll
	void evaluate() throws IOException {
		Assumptions.assumeTrue(BmesCorpus.available(), "The resume NER corpus is not at "
				+ BmesCorpus.FOLDER.toAbsolutePath().normalize() + ": skipping the evaluation");
		List<Sentence> dev = BmesCorpus.read("dev.char.bmes");
		scores = new SpanScores(TYPES);
		SpanScores unredactedGold = new SpanScores(TYPES);
		long start = System.nanoTime();
		for (Sentence sentence : dev) {
			List<Span> predicted = ResumeParserTests.PARSER.parse(sentence.text())
				.entities()
				.stream()
				.map(e -> new Span(e.type().name(), e.start(), e.end()))
				.toList();
			scores.add(ResumeNerTraining.redacted(sentence).spans(), predicted);
			unredactedGold.add(sentence.spans(), predicted);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		System.out.printf("%nResume NER, dev.char.bmes (%d sentences, %.1f ms per sentence), exact spans%n", dev.size(),
				millis / dev.size());
		System.out.println("Gold as published (protected attributes counted as misses):");
		System.out.print(unredactedGold.table(MEASURED));
		System.out.println("Gold without protected attributes (what the parser may report):");
		System.out.print(scores.table(MEASURED));
	}

	@Test
	void organisationsReachTarget() {
		assertThat(scores.f1("ORG")).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void titlesReachTarget() {
		assertThat(scores.f1("TITLE")).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void degreesReachTarget() {
		assertThat(scores.f1("EDU")).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void overallReachesTarget() {
		assertThat(scores.microF1(MEASURED)).isGreaterThanOrEqualTo(0.90);
	}
}
