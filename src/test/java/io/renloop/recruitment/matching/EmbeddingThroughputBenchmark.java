package io.renloop.recruitment.matching;

import static io.renloop.recruitment.matching.MatchingExamples.*;

import io.renloop.recruitment.internal.matching.TextEmbeddings;
import io.renloop.recruitment.internal.matching.TextLanguage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Embedding throughput on resume-sized texts, one caller and one caller per core. Not part of the build (the name
 * does not end in Tests); run it by name, see {@code bench/README-recruitment.md}.
 */
class EmbeddingThroughputBenchmark {

	private static final int TEXTS = Integer.getInteger("bench.texts", 100);

	private static final TextEmbeddings embeddings = SharedEmbeddings.INSTANCE;

	@Test
	void resumeSizedTexts() throws Exception {
		String chinese = (mineSafetyEngineer().text() + salesperson().text()).repeat(3);
		String english = (javaDeveloper().text() + " " + accountant().text()).repeat(3);
		for (String text : List.of(chinese, english)) {
			TextLanguage language = TextLanguage.of(text);
			embeddings.vector(text, language);
			measure(language + " " + text.length() + " chars, 1 thread", text, 1);
			int cores = Runtime.getRuntime().availableProcessors();
			measure(language + " " + text.length() + " chars, " + cores + " threads", text, cores);
		}
	}

	private static void measure(String label, String text, int threads) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<float[]>> results = IntStream.range(0, TEXTS)
				.mapToObj(i -> callers.submit(() -> embeddings.vector(text + i)))
				.toList();
			for (Future<float[]> result : results) {
				result.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "%s: %.1f texts/s, %.1f ms per text%n", label, TEXTS / seconds,
					1000 * seconds / TEXTS);
		}
		finally {
			callers.shutdown();
		}
	}
}
