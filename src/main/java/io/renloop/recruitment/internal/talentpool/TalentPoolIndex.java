package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.JobQuery;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.ResumeVectors;
import io.renloop.recruitment.internal.matching.TextLanguage;
import io.renloop.recruitment.internal.matching.TextVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The tenant-scoped, consent-aware search index of the talent pool: BM25 over the whole resume with its titles,
 * skills and most recent position boosted, and HNSW vectors of the whole resume (its blocks embedded and pooled,
 * {@link ResumeVectors}), fused by weighted reciprocal rank or normalised score ({@link SearchSettings}). Queries are understood first ({@link JobQuery}): a
 * pasted job description searches by its title, duties and requirements, not its benefits or boilerplate. Every query is filtered to one tenant and to profiles whose consent
 * is given and not expired. The index is derived data: {@link #rebuild(Stream)} recreates it from the database.
 * Thread-safe; writes are visible to searches when the write method returns: the first search after a write opens
 * a new near-real-time reader, so a bulk intake writing hundreds of profiles between two searches opens one reader,
 * not one per profile.
 */
public final class TalentPoolIndex implements AutoCloseable {

	/** The BGE models' instruction before a query for passages (see {@link SearchSettings#queryInstruction()}). */
	private static final Map<TextLanguage, String> QUERY_INSTRUCTIONS = Map.of(TextLanguage.ENGLISH,
			"Represent this sentence for searching relevant passages: ", TextLanguage.CHINESE, "为这个句子生成表示以用于检索相关文章：");

	/** Indexing buffer for single updates. */
	private static final double BUFFER_MB = 64;

	/** Indexing buffer while rebuilding: fewer, larger segments, so fewer HNSW graphs for a search to walk. */
	private static final double REBUILD_BUFFER_MB = 512;

	/**
	 * Merged segments stay below this size, and segments larger than half of it are left alone: those of a large
	 * rebuild (100,000 profiles or more) are.
	 */
	private static final double MAX_MERGED_SEGMENT_MB = 100;

	/** The longest time a change stays uncommitted (searchable, but not yet synced to disk). */
	private static final long COMMIT_INTERVAL_MILLIS = 1000;

	/** The key of the commit's user data that holds {@link #appliedChange()}. */
	private static final String APPLIED_CHANGE = "applied-change";

	private volatile long lastCommitMillis;

	private volatile long appliedChange;

	/** How many writes were made; {@link #visibleWrites} of them before the current reader was opened. */
	private final AtomicLong writes = new AtomicLong();

	private volatile long visibleWrites;

	private final Directory directory;

	private final TextVectors vectors;

	private final ResumeVectors resumeVectors;

	private final Clock clock;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer analyzer = ProfileFields.analyzer();

	TalentPoolIndex(Directory directory, TextVectors vectors, ResumeVectors resumeVectors, Clock clock) {
		this.directory = directory;
		this.vectors = vectors;
		this.resumeVectors = resumeVectors;
		this.clock = clock;
		try {
			this.writer = new IndexWriter(directory,
					new IndexWriterConfig(ProfileFields.analyzer()).setRAMBufferSizeMB(BUFFER_MB)
						.setCodec(new TalentPoolCodec())
						.setMergePolicy(mergePolicy()));
			this.searchers = new SearcherManager(writer, null);
			writer.getLiveCommitData()
				.forEach(entry -> {
					if (entry.getKey().equals(APPLIED_CHANGE)) {
						appliedChange = Long.parseLong(entry.getValue());
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An index stored in {@code directory} (created if missing). */
	public static TalentPoolIndex open(Path directory, TextVectors vectors, Clock clock) {
		try {
			return new TalentPoolIndex(new MMapDirectory(directory), vectors, ResumeVectors.standard(vectors), clock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An index held in memory, for tests. */
	public static TalentPoolIndex inMemory(TextVectors vectors, Clock clock) {
		return inMemory(vectors, ResumeVectors.Pooling.SECTION_WEIGHTED, clock);
	}

	/** An index held in memory whose resume vectors are pooled by {@code pooling}, for measuring poolings. */
	public static TalentPoolIndex inMemory(TextVectors vectors, ResumeVectors.Pooling pooling, Clock clock) {
		return new TalentPoolIndex(new ByteBuffersDirectory(), vectors, new ResumeVectors(vectors, pooling), clock);
	}

	/**
	 * The number of the last change of the talent-pool change log this index holds, as recorded by
	 * {@link #recordAppliedChange(long)} and committed with the documents; 0 for a new index.
	 */
	public long appliedChange() {
		return appliedChange;
	}

	/**
	 * Records that the index holds the changes up to {@code seq}; the number is committed together with the
	 * documents, so that after a crash it never claims more than the index holds.
	 */
	public void recordAppliedChange(long seq) {
		appliedChange = seq;
		write(() -> writer.setLiveCommitData(Map.of(APPLIED_CHANGE, Long.toString(seq)).entrySet(), true));
	}

	/** Adds or replaces the profile of {@code profile.candidateId()}. */
	public void upsert(TalentProfile profile) {
		write(() -> writer.updateDocument(new Term(ProfileFields.CANDIDATE, profile.candidateId()), document(profile)));
	}

	/** Removes a candidate from the pool. */
	public void delete(String candidateId) {
		write(() -> writer.deleteDocuments(new Term(ProfileFields.CANDIDATE, candidateId)));
	}

	/**
	 * Replaces the whole index with {@code profiles}; a parallel stream indexes in parallel. Segments are not merged
	 * while rebuilding (see {@link #mergePolicy()}).
	 */
	public void rebuild(Stream<TalentProfile> profiles) {
		write(() -> {
			writer.deleteAll();
			writer.getConfig().setRAMBufferSizeMB(REBUILD_BUFFER_MB).setMergePolicy(NoMergePolicy.INSTANCE);
			try {
				profiles.forEach(profile -> {
					try {
						writer.addDocument(document(profile));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			finally {
				writer.getConfig().setRAMBufferSizeMB(BUFFER_MB).setMergePolicy(mergePolicy());
			}
		});
	}

	/** The best {@code size} of the tenant's consenting candidates for a free-text query or a job description. */
	public List<RankedCandidate> search(String tenantId, String queryText, int size) {
		return search(tenantId, JobQuery.of(queryText), size, SearchSettings.STANDARD);
	}

	/** The best {@code size} of the tenant's consenting candidates for a requisition's requirements. */
	public List<RankedCandidate> recommend(String tenantId, JobRequirements requirements, int size) {
		return search(tenantId, RequirementsQuery.of(requirements), size, SearchSettings.STANDARD);
	}

	/**
	 * The best {@code size} of the tenant's consenting candidates for an understood query, ranked with
	 * {@code settings}: BM25 and vector search each rank {@link SearchSettings#candidates()} (or {@code size}) of
	 * them, and the two lists are fused by weighted reciprocal rank or by weighted normalised score.
	 */
	public List<RankedCandidate> search(String tenantId, JobQuery query, int size, SearchSettings settings) {
		TextLanguage language = TextLanguage.of(query.focus());
		Query filter = visibleTo(tenantId);
		int depth = Math.max(settings.candidates(), size);
		IndexSearcher searcher = acquire();
		try {
			Hits keywordHits = Hits.NONE;
			if (settings.keywordWeight() > 0) {
				Query keywords = ProfileQuery.of(analyzer, searcher.getIndexReader(), language, query, settings);
				Query bm25 = keywords == null ? new MatchNoDocsQuery()
						: new BooleanQuery.Builder().add(keywords, Occur.MUST).add(filter, Occur.FILTER).build();
				keywordHits = hits(searcher, bm25, depth);
			}
			Hits vectorHits = Hits.NONE;
			if (settings.vectorWeight() > 0) {
				String embedded = settings.queryInstruction() ? QUERY_INSTRUCTIONS.get(language) + query.focus()
						: query.focus();
				Query knn = new KnnFloatVectorQuery(ProfileFields.vector(language), vectors.vector(embedded, language),
						depth, filter);
				vectorHits = hits(searcher, knn, depth);
			}
			if (settings.fusion() == SearchSettings.Fusion.SCORES) {
				return ScoreFusion.fuse(List.of(
						new ScoreFusion.Scored(settings.keywordWeight(), keywordHits.ids(), keywordHits.scores(), true),
						new ScoreFusion.Scored(settings.vectorWeight(), vectorHits.ids(), vectorHits.scores(), false)),
						size);
			}
			return ReciprocalRankFusion.fuse(
					List.of(new ReciprocalRankFusion.Ranking(settings.keywordWeight(), keywordHits.ids()),
							new ReciprocalRankFusion.Ranking(settings.vectorWeight(), vectorHits.ids())),
					settings.rankConstant(), size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	/**
	 * Lucene's tiered merging, but never into segments larger than {@value #MAX_MERGED_SEGMENT_MB} MB. Merging
	 * segments rebuilds their HNSW graphs, which for a large pool costs about as much as indexing it again; a search
	 * walks one graph per segment instead, and a rebuilt pool has few (five at 500,000 profiles, see
	 * {@code bench/README-recruitment.md}). So the large segments a rebuild flushes stay as they are, while the small
	 * ones that single updates create are still merged.
	 */
	private static MergePolicy mergePolicy() {
		return new TieredMergePolicy().setMaxMergedSegmentMB(MAX_MERGED_SEGMENT_MB);
	}

	/** The number of profiles in the index, with or without consent. */
	public int size() {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	/**
	 * The tenant's profiles whose consent holds now. The consent bound is a {@link LongField} range, which checks
	 * the doc value of each of the tenant's profiles rather than collecting every match of the range in the whole
	 * index (all but the few without consent) on each query.
	 */
	private Query visibleTo(String tenantId) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(ProfileFields.TENANT, tenantId)), Occur.FILTER)
			.add(LongField.newRangeQuery(ProfileFields.SEARCHABLE_UNTIL, clock.millis(), Long.MAX_VALUE), Occur.FILTER)
			.build();
	}

	private static Hits hits(IndexSearcher searcher, Query query, int depth) throws IOException {
		List<String> ids = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, depth).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get(ProfileFields.CANDIDATE));
			scores.add((double) hit.score);
		}
		return new Hits(ids, scores);
	}

	/** The candidates a ranking found, best first, and their scores. */
	private record Hits(List<String> ids, List<Double> scores) {

		static final Hits NONE = new Hits(List.of(), List.of());
	}

	private Document document(TalentProfile profile) {
		TextLanguage language = TextLanguage.of(profile.text());
		Document document = new Document();
		document.add(new StringField(ProfileFields.TENANT, profile.tenantId(), Field.Store.NO));
		document.add(new StringField(ProfileFields.CANDIDATE, profile.candidateId(), Field.Store.YES));
		document.add(new LongField(ProfileFields.SEARCHABLE_UNTIL, profile.searchableUntilMillis(), Field.Store.YES));
		ResumeParts parts = ResumeParts.of(profile);
		for (TextLanguage analysis : TextLanguage.values()) {
			document.add(new TextField(ProfileFields.text(analysis), profile.text(), Field.Store.NO));
			document.add(new TextField(ProfileFields.Part.TITLES.field(analysis), parts.titles(), Field.Store.NO));
			document.add(new TextField(ProfileFields.Part.SKILLS.field(analysis), parts.skills(), Field.Store.NO));
			document.add(new TextField(ProfileFields.Part.RECENT.field(analysis), parts.recent(), Field.Store.NO));
		}
		// the vectors are unit length, so the dot product is their cosine, at a fraction of the cost while the
		// HNSW graph is built
		document.add(new KnnFloatVectorField(ProfileFields.vector(language),
				resumeVectors.vector(profile.text(), language), VectorSimilarityFunction.DOT_PRODUCT));
		return document;
	}

	/** A searcher that sees every write made before this call. */
	private IndexSearcher acquire() {
		try {
			long written = writes.get();
			if (visibleWrites < written) {
				// waits for a refresh running in another thread, then opens a reader again if that one missed a write
				searchers.maybeRefreshBlocking();
				visibleWrites = Math.max(visibleWrites, written);
			}
			return searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Applies a change, which the next {@link #acquire()} makes visible to searches (near-real-time reader: opening
	 * one flushes the buffered documents to a new segment, so opening one per write made bulk intake write a segment
	 * and an HNSW graph per profile); commits to disk at most every {@link #COMMIT_INTERVAL_MILLIS} and on
	 * {@link #close()}, since a commit syncs files and would otherwise dominate bulk intake. Changes of the last
	 * interval lost in a crash come back with a rebuild from the database.
	 */
	private void write(IndexWrite change) {
		try {
			change.run();
			writes.incrementAndGet();
			long now = System.currentTimeMillis();
			if (now - lastCommitMillis >= COMMIT_INTERVAL_MILLIS) {
				lastCommitMillis = now;
				writer.commit();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			writer.commit();
			searchers.close();
			writer.close();
			directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface IndexWrite {

		void run() throws IOException;
	}
}
