package io.renloop.recruitment.matching;

import static io.renloop.recruitment.matching.MatchingExamples.*;

import io.renloop.recruitment.ResumeCorpus;
import io.renloop.recruitment.internal.matching.TextEmbeddings;
import io.renloop.recruitment.internal.matching.TextLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/**
 * Embedding throughput: on resume-sized texts, one caller and one caller per core; and the model-only baseline of
 * the ingestion benchmark, over the texts of a {@link ResumeCorpus} of {@code -Dbench.resumes} files (default
 * 1,000), with one session per model shared by the callers or one session per caller, and with the input cut to a
 * maximum length. Not part of the build (the name does not end in Tests); run it by name, see
 * {@code bench/README-recruitment.md}.
 */
class EmbeddingThroughputBenchmark {

	private static final int TEXTS = Integer.getInteger("bench.texts", 100);

	private static final int RESUMES = Integer.getInteger("bench.resumes", 1000);

	private static final Path RESUME_DIRECTORY = Path.of(
			System.getProperty("bench.resumes.dir", ResumeCorpus.DEFAULT_DIRECTORY.toString()));

	/** How many of the corpus's texts each configuration embeds (all by default). */
	private static final int EMBEDDED = Integer.getInteger("bench.embedded", RESUMES);

	private static final int WARM_UP = 20;

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

	@Test
	void modelOnlyOnAResumeCorpus() throws Exception {
		long start = System.nanoTime();
		List<Path> files = ResumeCorpus.write(RESUME_DIRECTORY, RESUMES, ResumeCorpus.DEFAULT_SEED);
		System.out.printf(Locale.ROOT, "corpus: %d PDF and DOCX resumes written to %s in %.1f s%n", files.size(),
				RESUME_DIRECTORY, seconds(start));
		start = System.nanoTime();
		Tika tika = new Tika();
		List<String> texts = new ArrayList<>(files.size());
		for (Path file : files) {
			texts.add(tika.parseToString(file).strip());
		}
		long chinese = texts.stream().filter(text -> TextLanguage.of(text) == TextLanguage.CHINESE).count();
		System.out.printf(Locale.ROOT, "text: extracted with Tika in %.1f s (%.0f files/s, one thread); %d Chinese, "
				+ "%d English, %.0f characters on average%n", seconds(start), files.size() / seconds(start), chinese,
				texts.size() - chinese, texts.stream().mapToInt(String::length).average().orElse(0));
		texts = texts.subList(0, Math.min(EMBEDDED, texts.size()));
		TextEmbeddings second = new TextEmbeddings();
		try {
			int cores = Runtime.getRuntime().availableProcessors();
			corpus("1 session per model, 1 caller", texts, List.of(embeddings));
			corpus("1 session per model, " + cores + " callers", texts, Collections.nCopies(cores, embeddings));
			corpus("2 sessions per model, 2 callers (one each)", texts, List.of(embeddings, second));
			for (int maxChars : List.of(512, 256)) {
				List<String> cut = texts.stream().map(text -> text.substring(0, Math.min(maxChars, text.length()))).toList();
				corpus("2 sessions per model, 2 callers, first " + maxChars + " chars", cut, List.of(embeddings, second));
			}
		}
		finally {
			second.close();
		}
	}

	/** Embeds every text once, each caller with its own {@link TextEmbeddings}, and prints texts per second. */
	private static void corpus(String label, List<String> texts, List<TextEmbeddings> callers) throws Exception {
		for (TextEmbeddings caller : new HashSet<>(callers)) {
			texts.subList(0, WARM_UP).forEach(caller::vector);
		}
		ExecutorService threads = Executors.newFixedThreadPool(callers.size());
		try {
			AtomicInteger next = new AtomicInteger();
			long start = System.nanoTime();
			List<Future<?>> running = callers.stream().<Future<?>>map(caller -> threads.submit(() -> {
				for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
					caller.vector(texts.get(i));
				}
			})).toList();
			for (Future<?> caller : running) {
				caller.get();
			}
			double seconds = seconds(start);
			System.out.printf(Locale.ROOT, "model only, %s: %d texts in %.1f s, %.1f texts/s%n", label, texts.size(),
					seconds, texts.size() / seconds);
		}
		finally {
			threads.shutdown();
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
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
