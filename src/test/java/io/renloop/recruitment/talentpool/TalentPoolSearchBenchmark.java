package io.renloop.recruitment.talentpool;

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds a talent pool of {@code -Dbench.profiles} synthetic profiles (default 100,000) on disk and measures
 * requisition recommendations. Not part of the build (the name does not end in Tests); run it by name, see
 * {@code bench/README-recruitment.md}. Profile vectors are word-hash vectors so that building does not take hours
 * of model time; query vectors are measured both ways: hash vectors (index only) and real model embeddings.
 */
class TalentPoolSearchBenchmark {

	private static final int PROFILES = Integer.getInteger("bench.profiles", 100_000);

	private static final int TENANTS = Integer.getInteger("bench.tenants", 10);

	private static final int QUERIES = Integer.getInteger("bench.queries", 200);

	private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir", "target/bench/talent-index"));

	@Test
	void recommendationsOverALargePool() throws IOException {
		deleteRecursively(DIRECTORY);
		SwitchableVectors vectors = new SwitchableVectors(new SyntheticProfiles.HashVectors(SharedEmbeddings.INSTANCE));
		try (TalentPoolIndex index = TalentPoolIndex.open(DIRECTORY, vectors, Clock.systemUTC())) {
			long start = System.nanoTime();
			index.rebuild(SyntheticProfiles.profiles(PROFILES, TENANTS, 42));
			double buildSeconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "profiles=%d tenants=%d build=%.1f s (%.0f profiles/s) index=%.1f MB%n",
					index.size(), TENANTS, buildSeconds, index.size() / buildSeconds, megabytes(DIRECTORY));
			report("hash query vectors (index only)", index);
			vectors.queries = SharedEmbeddings.INSTANCE;
			report("model query embeddings (end to end)", index);
		}
	}

	private static void report(String label, TalentPoolIndex index) {
		List<JobRequirements> requisitions = requisitions(QUERIES + 20);
		for (JobRequirements warmUp : requisitions.subList(0, 20)) {
			index.recommend("tenant-0", warmUp, 20);
		}
		long[] nanos = new long[QUERIES];
		for (int q = 0; q < QUERIES; q++) {
			long start = System.nanoTime();
			index.recommend("tenant-" + (q % TENANTS), requisitions.get(q + 20), 20);
			nanos[q] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "%s: queries=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", label,
				QUERIES, nanos[QUERIES / 2] / 1e6, nanos[(int) (QUERIES * 0.95)] / 1e6,
				nanos[(int) (QUERIES * 0.99)] / 1e6, nanos[QUERIES - 1] / 1e6);
	}

	private static List<JobRequirements> requisitions(int count) {
		SplittableRandom random = new SplittableRandom(7);
		List<JobRequirements> requisitions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> words = SyntheticProfiles.words(i % 2 == 0);
			StringBuilder description = new StringBuilder();
			for (int w = 0; w < 30; w++) {
				description.append(words.get(random.nextInt(words.size()))).append(i % 2 == 0 ? "，" : " ");
			}
			requisitions.add(new JobRequirements(null, null, List.of(), List.of(words.get(random.nextInt(words.size()))),
					List.of(), description.toString(), null));
		}
		return requisitions;
	}

	private static double megabytes(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.mapToLong(file -> file.toFile().length()).sum() / 1e6;
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	/** Hash vectors while indexing; queries switch to another source once the pool is built. */
	private static final class SwitchableVectors implements TextVectors {

		private final TextVectors profiles;

		private volatile TextVectors queries;

		SwitchableVectors(TextVectors profiles) {
			this.profiles = profiles;
			this.queries = profiles;
		}

		@Override
		public float[] vector(String text, TextLanguage language) {
			return queries.vector(text, language);
		}

		@Override
		public int dimension(TextLanguage language) {
			return profiles.dimension(language);
		}
	}
}
