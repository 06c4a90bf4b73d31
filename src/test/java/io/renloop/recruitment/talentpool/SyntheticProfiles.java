package io.renloop.recruitment.talentpool;

import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reproducible fake talent pools for benchmarks: resume-like texts drawn from a small vocabulary, half Chinese
 * and half English, spread over tenants, one in ten without consent; and cheap word-hash vectors that stand in
 * for model embeddings while indexing (the index's cost does not depend on what the vectors mean).
 */
final class SyntheticProfiles {

	private static final List<String> CHINESE_WORDS = List.of("煤矿", "安全生产", "通风", "瓦斯防治", "应急救援",
			"隐患排查", "注册安全工程师", "电气", "机电", "采矿", "地质", "销售", "客户开发", "财务", "会计", "出纳",
			"人力资源", "招聘", "薪酬", "绩效", "培训", "行政", "项目管理", "施工", "一级建造师", "质量管理", "设备维护",
			"自动化", "PLC", "Java", "数据库", "运维", "测试", "产品经理", "采购", "仓储", "物流", "统计", "审计", "法务");

	private static final List<String> ENGLISH_WORDS = List.of("Java", "Spring", "Boot", "PostgreSQL", "Kubernetes",
			"Docker", "React", "TypeScript", "Python", "machine", "learning", "data", "pipelines", "accounting",
			"audit", "payroll", "recruiting", "sales", "customer", "account", "management", "project", "safety",
			"mining", "ventilation", "electrical", "maintenance", "logistics", "warehouse", "procurement", "finance",
			"reporting", "Excel", "testing", "automation", "cloud", "security", "network", "support", "operations");

	private SyntheticProfiles() {
	}

	static Stream<TalentProfile> profiles(int count, int tenants, long seed) {
		return IntStream.range(0, count).parallel().mapToObj(i -> profile(i, tenants, seed));
	}

	static List<String> words(boolean chinese) {
		return chinese ? CHINESE_WORDS : ENGLISH_WORDS;
	}

	static TalentProfile profile(int i, int tenants, long seed) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
		boolean chinese = i % 2 == 0;
		List<String> words = chinese ? CHINESE_WORDS : ENGLISH_WORDS;
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < 80; w++) {
			text.append(words.get(random.nextInt(words.size()))).append(chinese ? (w % 8 == 7 ? "。" : "") : " ");
		}
		return new TalentProfile("tenant-" + (i % tenants), "candidate-" + i, text.toString(), i % 10 != 9,
				i % 20 == 3 ? Instant.parse("2020-01-01T00:00:00Z") : null);
	}

	/** Word-hash vectors: deterministic, unit length, with related texts close; no model involved. */
	static final class HashVectors implements TextVectors {

		private final TextVectors dimensions;

		private final Map<String, float[]> tokenVectors = new ConcurrentHashMap<>();

		HashVectors(TextVectors dimensions) {
			this.dimensions = dimensions;
		}

		@Override
		public float[] vector(String text, TextLanguage language) {
			float[] vector = new float[dimension(language)];
			for (String token : tokens(text)) {
				float[] tokenVector = tokenVectors.computeIfAbsent(language + token, key -> gaussian(key, vector.length));
				for (int d = 0; d < vector.length; d++) {
					vector[d] += tokenVector[d];
				}
			}
			double norm = 0;
			for (float value : vector) {
				norm += value * value;
			}
			float scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
			for (int d = 0; d < vector.length; d++) {
				vector[d] *= scale;
			}
			return vector;
		}

		/** Words, or character bigrams of Chinese runs. */
		private static List<String> tokens(String text) {
			List<String> tokens = new ArrayList<>();
			for (String word : text.split("[\\s，。]+")) {
				if (TextLanguage.of(word) == TextLanguage.CHINESE && word.length() > 2) {
					for (int c = 0; c + 2 <= word.length(); c++) {
						tokens.add(word.substring(c, c + 2));
					}
				}
				else {
					tokens.add(word);
				}
			}
			return tokens;
		}

		private static float[] gaussian(String key, int length) {
			Random random = new Random(key.hashCode());
			float[] vector = new float[length];
			for (int d = 0; d < length; d++) {
				vector[d] = (float) random.nextGaussian();
			}
			return vector;
		}

		@Override
		public int dimension(TextLanguage language) {
			return dimensions.dimension(language);
		}
	}
}
