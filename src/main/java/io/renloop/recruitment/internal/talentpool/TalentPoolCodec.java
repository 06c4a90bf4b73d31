package io.renloop.recruitment.internal.talentpool;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec, except for the profile vectors: they get an int8 (7-bit) scalar-quantised copy that
 * searches and graph merges score against, a quarter of the bytes per vector of the data a search touches (about
 * 450 MB instead of 1.8 GB for a million profiles), so a large pool stays in the page cache of a small server. The
 * full-precision vectors stay on disk for re-quantising when segments merge. The HNSW graph inserts with a beam of
 * 50 candidates instead of Lucene's 100: less work per indexed profile for a slightly less precise graph, which
 * fusion with BM25 tolerates. On JDK 17 Lucene has no SIMD code, so the quantised vectors save memory, not CPU.
 *
 * <p>Reading needs nothing special: the format of each field is recorded in the index, so an index written with
 * any codec opens with Lucene's default one.
 */
final class TalentPoolCodec extends Lucene912Codec {

	/**
	 * Neighbours per node in the graph: Lucene's default of 16, or the system property
	 * {@code renloop.talent-pool.hnsw-max-connections} (fewer make building faster and recall lower).
	 */
	static final int MAX_CONNECTIONS = Integer.getInteger("renloop.talent-pool.hnsw-max-connections", 16);

	/**
	 * Candidates considered per insertion into the graph: 50, or the system property
	 * {@code renloop.talent-pool.hnsw-beam-width}.
	 */
	static final int BEAM_WIDTH = Integer.getInteger("renloop.talent-pool.hnsw-beam-width", 50);

	private final KnnVectorsFormat vectors = new Lucene99HnswScalarQuantizedVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);

	@Override
	public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
		return vectors;
	}
}
