package io.renloop.recruitment.internal.talentpool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec, except that the profile vectors are stored with an int8 (7-bit) scalar-quantised copy
 * that HNSW graph merges and searches score against: a quarter of the memory per vector for the hot data, which
 * is what keeps a pool of a million profiles in the page cache of a small server. The full-precision vectors stay
 * on disk for re-quantisation when segments merge.
 *
 * <p>The graph is sparser than Lucene's defaults (16 connections per node, beam width 100 while inserting):
 * {@value #BEAM_WIDTH} candidates per insertion cut the time to build a million-profile pool on two cores by about
 * half, at a small loss of recall that reciprocal rank fusion with BM25 absorbs. Reading needs nothing special: the
 * format of each field is recorded in the index, so an index written with any codec opens with the default one.
 */
final class TalentPoolCodec extends Lucene912Codec {

	/** Neighbours per node in the graph (Lucene's default). */
	static final int MAX_CONNECTIONS = 16;

	/** Candidates considered per insertion into the graph (Lucene's default is 100). */
	static final int BEAM_WIDTH = 50;

	/** Bits per quantised dimension: 7 rather than 8 keeps Lucene's integer dot products from overflowing. */
	static final int BITS = 7;

	/** Threads that build one merged graph together: merging is the bulk of a rebuild, run on every core. */
	private static final int MERGE_WORKERS = Runtime.getRuntime().availableProcessors();

	private static final ExecutorService MERGE_THREADS = Executors.newFixedThreadPool(MERGE_WORKERS, new MergeThreads());

	private final KnnVectorsFormat vectors = new Lucene99HnswScalarQuantizedVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH,
			MERGE_WORKERS, BITS, false, null, MERGE_WORKERS > 1 ? MERGE_THREADS : null);

	@Override
	public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
		return vectors;
	}

	/** Daemon threads, so the shared pool never keeps the JVM alive. */
	private static final class MergeThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "talent-pool-merge-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
