package io.renloop.recruitment.talentpool;

import io.renloop.recruitment.ResumeTexts;
import io.renloop.recruitment.ResumeTexts.Family;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.recruitment.matching.SharedEmbeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds a talent pool of {@code -Dbench.profiles} synthetic profiles (default 100,000) on disk and measures
 * requisition recommendations and free-text searches. Not part of the build (the name does not end in Tests); run
 * it by name, see {@code bench/README-recruitment.md}.
 *
 * <p>Profile texts are {@link ResumeTexts} resumes; their vectors are {@link SyntheticProfiles.PrototypeMixtures}
 * of real model embeddings, because embedding a million resumes takes most of a day on two cores. Queries always
 * use the real model: each is measured index only (its embedding computed beforehand, then looked up) and end to
 * end (embedded by the model inside the call, as in production), and the model time alone is reported too.
 * {@code -Dbench.reuse=true} measures an index left by an earlier run instead of building one.
 */
class TalentPoolSearchBenchmark {

	private static final int PROFILES = Integer.getInteger("bench.profiles", 100_000);

	private static final int TENANTS = Integer.getInteger("bench.tenants", 10);

	private static final int QUERIES = Integer.getInteger("bench.queries", 200);

	private static final int PROTOTYPES_PER_FAMILY = Integer.getInteger("bench.prototypes", 20);

	private static final boolean REUSE = Boolean.getBoolean("bench.reuse");

	private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir", "target/bench/talent-index"));

	private static final int WARM_UP = 20;

	private static final int PROGRESS_EVERY = 100_000;

	private static final int SIZE = 20;

	@Test
	void recommendationsOverALargePool() throws IOException {
		SwitchableVectors vectors = new SwitchableVectors(SharedEmbeddings.INSTANCE);
		if (!REUSE) {
			deleteRecursively(DIRECTORY);
			long start = System.nanoTime();
			SyntheticProfiles.PrototypeMixtures mixtures = new SyntheticProfiles.PrototypeMixtures(
					SharedEmbeddings.INSTANCE, PROTOTYPES_PER_FAMILY, 11);
			System.out.printf(Locale.ROOT, "prototypes: %d resumes embedded with the model in %.1f s%n",
					mixtures.prototypeCount(), seconds(start));
			vectors.use(mixtures);
		}
		try (TalentPoolIndex index = TalentPoolIndex.open(DIRECTORY, vectors, Clock.systemUTC())) {
			if (!REUSE) {
				long start = System.nanoTime();
				AtomicInteger indexed = new AtomicInteger();
				index.rebuild(SyntheticProfiles.profiles(PROFILES, TENANTS, 42).peek(profile -> {
					int done = indexed.incrementAndGet();
					if (done % PROGRESS_EVERY == 0) {
						System.out.printf(Locale.ROOT, "  %d profiles indexed after %.1f s%n", done, seconds(start));
					}
				}));
				double build = seconds(start);
				System.out.printf(Locale.ROOT, "build: %d profiles, %d tenants in %.1f s (%.0f profiles/s)%n",
						index.size(), TENANTS, build, index.size() / build);
				System.out.printf(Locale.ROOT, "hnsw: max connections %s, beam width %s (defaults 16 and 50)%n",
						System.getProperty("renloop.talent-pool.hnsw-max-connections", "16"),
						System.getProperty("renloop.talent-pool.hnsw-beam-width", "50"));
			}
			System.out.printf(Locale.ROOT, "index: %d profiles, %.1f MB on disk, %d segment(s)%n", index.size(),
					megabytes(DIRECTORY), segments(DIRECTORY));
			List<Query> recommendations = requisitions(WARM_UP + QUERIES);
			List<Query> searches = searches(WARM_UP + QUERIES);
			EmbeddingRecorder model = new EmbeddingRecorder();
			vectors.use(model);
			for (List<Query> queries : List.of(recommendations, searches)) {
				String kind = queries == recommendations ? "recommend" : "search";
				report(kind + ", end to end (model + index)", measure(queries, query -> query.run(index)));
				report(kind + ", model only (query embedding)", model.lastNanos(QUERIES));
			}
			vectors.use(model.cache());
			for (List<Query> queries : List.of(recommendations, searches)) {
				String kind = queries == recommendations ? "recommend" : "search";
				report(kind + ", index only", measure(queries, query -> query.run(index)));
			}
		}
	}

	/** Runs the first {@value #WARM_UP} queries untimed, then times each of the others. */
	private static long[] measure(List<Query> queries, Consumer<Query> call) {
		queries.subList(0, WARM_UP).forEach(call);
		List<Query> timed = queries.subList(WARM_UP, queries.size());
		long[] nanos = new long[timed.size()];
		for (int q = 0; q < nanos.length; q++) {
			long start = System.nanoTime();
			call.accept(timed.get(q));
			nanos[q] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static void report(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		System.out.printf(Locale.ROOT, "%-40s queries=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", label, n,
				sorted[n / 2] / 1e6, sorted[(int) (n * 0.95)] / 1e6, sorted[(int) (n * 0.99)] / 1e6, sorted[n - 1] / 1e6);
	}

	/** Requisitions of every occupation in both languages, each for one of the tenants. */
	private static List<Query> requisitions(int count) {
		List<Query> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Family family = ResumeTexts.FAMILIES.get(i % ResumeTexts.FAMILIES.size());
			boolean chinese = i % 2 == 0;
			JobRequirements requirements = new JobRequirements(null, null, List.of(),
					ResumeTexts.skills(i, family, 2, chinese), List.of(),
					ResumeTexts.jobDescription(1000 + i, family, chinese), null);
			queries.add(Query.recommend(tenant(i), requirements));
		}
		return queries;
	}

	/** Short keyword searches, as a recruiter types them: a title and a few skills. */
	private static List<Query> searches(int count) {
		List<Query> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Family family = ResumeTexts.FAMILIES.get((i / 2) % ResumeTexts.FAMILIES.size());
			boolean chinese = i % 2 == 0;
			List<String> words = new ArrayList<>();
			words.add(family.titles().get(i % family.titles().size()).in(chinese));
			words.addAll(ResumeTexts.skills(5000 + i, family, 1 + i % 3, chinese));
			queries.add(Query.search(tenant(i), String.join(" ", words)));
		}
		return queries;
	}

	private static String tenant(int i) {
		return "tenant-" + (i % TENANTS);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double megabytes(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.mapToLong(file -> file.toFile().length()).sum() / 1e6;
		}
	}

	private static long segments(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.toString().endsWith(".si")).count();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/** A recommendation or a search for one tenant. */
	private record Query(String tenant, JobRequirements requirements, String search) {

		static Query recommend(String tenant, JobRequirements requirements) {
			return new Query(tenant, requirements, null);
		}

		static Query search(String tenant, String text) {
			return new Query(tenant, null, text);
		}

		void run(TalentPoolIndex index) {
			if (search != null) {
				index.search(tenant, search, SIZE);
			}
			else {
				index.recommend(tenant, requirements, SIZE);
			}
		}
	}

	/**
	 * Query embeddings by the real model, timed and kept: the end-to-end pass records how long the model took for
	 * each query, and the index-only pass then looks the same vectors up instead of computing them.
	 */
	private static final class EmbeddingRecorder implements TextVectors {

		private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

		private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		@Override
		public float[] vector(String text, TextLanguage language) {
			long start = System.nanoTime();
			float[] vector = SharedEmbeddings.INSTANCE.vector(text, language);
			nanos.add(System.nanoTime() - start);
			vectors.put(text, vector);
			return vector;
		}

		@Override
		public int dimension(TextLanguage language) {
			return SharedEmbeddings.INSTANCE.dimension(language);
		}

		/** The model time of the last {@code count} embeddings: one per query, in the order of the calls. */
		long[] lastNanos(int count) {
			synchronized (nanos) {
				return nanos.subList(nanos.size() - count, nanos.size()).stream().mapToLong(Long::longValue).toArray();
			}
		}

		/** The recorded vectors; a text that was not recorded fails. */
		TextVectors cache() {
			return new TextVectors() {

				@Override
				public float[] vector(String text, TextLanguage language) {
					float[] vector = vectors.get(text);
					if (vector == null) {
						throw new IllegalStateException("Query not embedded beforehand: " + text);
					}
					return vector;
				}

				@Override
				public int dimension(TextLanguage language) {
					return SharedEmbeddings.INSTANCE.dimension(language);
				}
			};
		}
	}

	/** The index's vector source, switched between building and the ways queries are measured. */
	private static final class SwitchableVectors implements TextVectors {

		private final TextVectors dimensions;

		private volatile TextVectors current;

		SwitchableVectors(TextVectors dimensions) {
			this.dimensions = dimensions;
			this.current = dimensions;
		}

		void use(TextVectors vectors) {
			this.current = vectors;
		}

		@Override
		public float[] vector(String text, TextLanguage language) {
			return current.vector(text, language);
		}

		@Override
		public int dimension(TextLanguage language) {
			return dimensions.dimension(language);
		}
	}
}
