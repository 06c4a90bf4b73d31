package io.renloop.recruitment.internal;

import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.internal.TalentSearchCorpus.Posting;
import io.renloop.recruitment.internal.TalentSearchCorpus.Resume;
import io.renloop.recruitment.internal.matching.CachedTextVectors;
import io.renloop.recruitment.internal.matching.JobQuery;
import io.renloop.recruitment.internal.matching.ResumeBlocks;
import io.renloop.recruitment.internal.matching.ResumeVectors.Pooling;
import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.RankedCandidate;
import io.renloop.recruitment.internal.talentpool.SearchSettings;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import io.renloop.recruitment.matching.SharedEmbeddings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the talent-search evaluation set ({@link TalentSearchCorpus}) through the production path: each resume is
 * parsed by the resume parser, becomes a talent-pool profile (text, parsed titles and skills) and is indexed with
 * the real embedding models; each posting is searched as a pasted query. Measures precision of the top 5, nDCG of
 * the top 10 and the mean reciprocal rank of the first relevant resume (top 50), per half of the postings.
 * One instance builds the indexes once (about a minute: every resume block is embedded); searches are fast.
 */
final class TalentSearchEvaluation implements AutoCloseable {

	/** The tenant of every profile of the set. */
	static final String TENANT = "evaluation";

	/** How deep result lists go for MRR. */
	static final int DEPTH = 50;

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

	private final TalentSearchCorpus corpus = TalentSearchCorpus.load();

	private final List<Resume> resumes = corpus.resumes();

	private final Map<String, String> categoryOf = new HashMap<>();

	/** Shared by every evaluation of the JVM, so the report and the build's check embed each block once. */
	private static final TextVectors VECTORS = new CachedTextVectors(SharedEmbeddings.INSTANCE);

	private final TextVectors vectors = VECTORS;

	private final Map<Pooling, TalentPoolIndex> indexes = new EnumMap<>(Pooling.class);

	private final Map<String, List<float[]>> blockVectors = new HashMap<>();

	/** Builds the index of {@code poolings} (the standard one is always built). */
	TalentSearchEvaluation(Pooling... poolings) {
		DefaultResumeParser parser = new DefaultResumeParser(CLOCK);
		List<TalentProfile> profiles = resumes.parallelStream().map(resume -> {
			ParsedResume parsed = parser.parse(resume.text());
			return TalentProfile.of(TENANT, resume.id(), resume.text(), parsed, true, null);
		}).toList();
		resumes.forEach(resume -> categoryOf.put(resume.id(), resume.category()));
		List<Pooling> built = new ArrayList<>(List.of(poolings));
		if (!built.contains(Pooling.SECTION_WEIGHTED)) {
			built.add(Pooling.SECTION_WEIGHTED);
		}
		for (Pooling pooling : built) {
			TalentPoolIndex index = TalentPoolIndex.inMemory(vectors, pooling, CLOCK);
			index.rebuild(profiles.parallelStream());
			indexes.put(pooling, index);
		}
	}

	TalentSearchCorpus corpus() {
		return corpus;
	}

	List<Resume> resumes() {
		return resumes;
	}

	/** The postings of one half. */
	List<Posting> postings(boolean heldOut) {
		return corpus.postings().stream().filter(p -> p.heldOut() == heldOut).toList();
	}

	/** The metrics of searching {@code postings} with {@code settings} on the index of {@code pooling}. */
	Metrics measure(List<Posting> postings, Pooling pooling, SearchSettings settings) {
		TalentPoolIndex index = indexes.get(pooling);
		return measure(postings, posting -> index.search(TENANT, JobQuery.of(posting.text()), DEPTH, settings)
			.stream()
			.map(RankedCandidate::candidateId)
			.toList());
	}

	/**
	 * The metrics of ranking every resume by its best block's similarity to the posting (max pooling, which an
	 * index of one vector per resume cannot serve; measured by brute force).
	 */
	Metrics measureMaxPooling(List<Posting> postings) {
		return measure(postings, posting -> {
			String focus = JobQuery.of(posting.text()).focus();
			TextLanguage language = TextLanguage.of(focus);
			float[] query = vectors.vector(focus, language);
			Map<String, Double> best = new HashMap<>();
			for (Resume resume : resumes) {
				if (TextLanguage.of(resume.text()) != language) {
					continue;
				}
				double max = blocks(resume, language).stream()
					.mapToDouble(block -> TextVectors.cosine(block, query))
					.max()
					.orElse(0);
				best.put(resume.id(), max);
			}
			return best.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(DEPTH)
				.map(Map.Entry::getKey)
				.toList();
		});
	}

	private List<float[]> blocks(Resume resume, TextLanguage language) {
		synchronized (blockVectors) {
			return blockVectors.computeIfAbsent(resume.id(), id -> ResumeBlocks.of(resume.text())
				.stream()
				.map(block -> vectors.vector(block.text(), language))
				.toList());
		}
	}

	private Metrics measure(List<Posting> postings, Function<Posting, List<String>> search) {
		double precision = 0;
		double ndcg = 0;
		double reciprocalRank = 0;
		for (Posting posting : postings) {
			List<String> ranked = search.apply(posting);
			long relevant = resumes.stream().filter(r -> r.category().equals(posting.category())).count();
			precision += precisionAt(ranked, posting.category(), 5);
			ndcg += ndcgAt(ranked, posting.category(), 10, relevant);
			reciprocalRank += reciprocalRank(ranked, posting.category());
		}
		int n = postings.size();
		return new Metrics(precision / n, ndcg / n, reciprocalRank / n);
	}

	private boolean relevant(String resumeId, String category) {
		return category.equals(categoryOf.get(resumeId));
	}

	private double precisionAt(List<String> ranked, String category, int k) {
		return ranked.stream().limit(k).filter(id -> relevant(id, category)).count() / (double) k;
	}

	private double ndcgAt(List<String> ranked, String category, int k, long relevantCount) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			if (relevant(ranked.get(i), category)) {
				dcg += 1 / log2(i + 2);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(k, relevantCount); i++) {
			ideal += 1 / log2(i + 2);
		}
		return ideal == 0 ? 0 : dcg / ideal;
	}

	private double reciprocalRank(List<String> ranked, String category) {
		for (int i = 0; i < ranked.size(); i++) {
			if (relevant(ranked.get(i), category)) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/** The postings whose top 5 hold the fewest relevant resumes, for reading what went wrong. */
	List<String> worst(List<Posting> postings, SearchSettings settings, int count) {
		TalentPoolIndex index = indexes.get(Pooling.SECTION_WEIGHTED);
		return postings.stream()
			.map(posting -> {
				List<String> top = index.search(TENANT, JobQuery.of(posting.text()), 5, settings)
					.stream()
					.map(RankedCandidate::candidateId)
					.toList();
				return Map.entry(precisionAt(top, posting.category(), 5), posting.id() + " → " + top);
			})
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.limit(count)
			.map(entry -> String.format("%.1f %s", entry.getKey(), entry.getValue()))
			.toList();
	}

	@Override
	public void close() {
		indexes.values().forEach(TalentPoolIndex::close);
	}

	/** Mean precision of the top 5, nDCG of the top 10 and MRR over a set of postings. */
	record Metrics(double precisionAt5, double ndcgAt10, double mrr) {

		String row(String name) {
			return String.format("| %s | %.3f | %.3f | %.3f |", name, precisionAt5, ndcgAt10, mrr);
		}
	}
}
