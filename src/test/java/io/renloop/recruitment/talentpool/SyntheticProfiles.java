package io.renloop.recruitment.talentpool;

import io.renloop.recruitment.ResumeTexts;
import io.renloop.recruitment.ResumeTexts.Family;
import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reproducible talent pools for benchmarks: {@link ResumeTexts} resumes (half Chinese, half English, eight
 * occupations) spread over tenants, one in ten without consent and one in twenty with an expired consent; and
 * {@link PrototypeMixtures}, vectors that look like model embeddings of those resumes without running the model a
 * million times.
 */
final class SyntheticProfiles {

	private SyntheticProfiles() {
	}

	static Stream<TalentProfile> profiles(int count, int tenants, long seed) {
		return IntStream.range(0, count).parallel().mapToObj(i -> profile(i, tenants, seed));
	}

	static TalentProfile profile(int i, int tenants, long seed) {
		return new TalentProfile("tenant-" + (i % tenants), "candidate-" + i, ResumeTexts.resume(seed * 1_000_003L + i),
				i % 10 != 9, i % 20 == 3 ? Instant.parse("2020-01-01T00:00:00Z") : null);
	}

	/**
	 * Profile vectors as noisy mixtures of real embeddings: a few hundred prototype resumes (the same generator,
	 * other seeds) are embedded with the model; a profile's vector mixes two prototypes of its own occupation and
	 * language with one of another occupation, adds Gaussian noise and is normalised. The vectors therefore cluster
	 * by occupation the way model embeddings of such resumes do, which is what shapes the HNSW graph and the work
	 * of a search. Deterministic: the mixture follows from the text.
	 */
	static final class PrototypeMixtures implements TextVectors {

		/** Weights of the own-occupation prototypes and of the other one. */
		private static final double MAIN = 0.6;

		private static final double SECOND = 0.3;

		private static final double OTHER = 0.1;

		/** Length of the noise vector, relative to the unit-length mixture. */
		private static final double NOISE = 0.25;

		private final TextVectors model;

		private final Map<TextLanguage, Map<Family, List<float[]>>> prototypes = new EnumMap<>(TextLanguage.class);

		/** Embeds {@code perFamily} prototypes per occupation and language with {@code model}. */
		PrototypeMixtures(TextVectors model, int perFamily, long seed) {
			this.model = model;
			for (TextLanguage language : TextLanguage.values()) {
				Map<Family, List<float[]>> byFamily = new LinkedHashMap<>();
				for (Family family : ResumeTexts.FAMILIES) {
					byFamily.put(family,
							IntStream.range(0, perFamily)
								.parallel()
								.mapToObj(p -> ResumeTexts.resume(seed + 7919L * p, family,
										language == TextLanguage.CHINESE))
								.map(text -> model.vector(text, language))
								.toList());
				}
				prototypes.put(language, byFamily);
			}
		}

		/** How many texts were embedded with the model. */
		int prototypeCount() {
			return prototypes.values().stream().flatMap(byFamily -> byFamily.values().stream()).mapToInt(List::size).sum();
		}

		@Override
		public float[] vector(String text, TextLanguage language) {
			SplittableRandom random = new SplittableRandom(text.hashCode());
			Map<Family, List<float[]>> byFamily = prototypes.get(language);
			Family family = ResumeTexts.familyOf(text);
			if (family == null) {
				family = ResumeTexts.FAMILIES.get(random.nextInt(ResumeTexts.FAMILIES.size()));
			}
			Family other = ResumeTexts.FAMILIES.get(random.nextInt(ResumeTexts.FAMILIES.size()));
			float[] main = pick(random, byFamily.get(family));
			float[] second = pick(random, byFamily.get(family));
			float[] third = pick(random, byFamily.get(other));
			double[] mixture = new double[main.length];
			double noise = NOISE / Math.sqrt(main.length);
			for (int d = 0; d < mixture.length; d++) {
				mixture[d] = MAIN * main[d] + SECOND * second[d] + OTHER * third[d] + noise * random.nextGaussian();
			}
			return unit(mixture);
		}

		@Override
		public int dimension(TextLanguage language) {
			return model.dimension(language);
		}

		private static float[] pick(SplittableRandom random, List<float[]> vectors) {
			return vectors.get(random.nextInt(vectors.size()));
		}

		private static float[] unit(double[] vector) {
			double norm = 0;
			for (double value : vector) {
				norm += value * value;
			}
			float[] unit = new float[vector.length];
			for (int d = 0; d < vector.length; d++) {
				unit[d] = (float) (vector[d] / Math.sqrt(norm));
			}
			return unit;
		}
	}
}
