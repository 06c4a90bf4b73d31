package io.renloop.recruitment.internal.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The vectors of recently embedded texts, kept in memory by content hash, in front of the embedding models. A
 * resume is embedded once for scoring, once more in the index and again for every requisition it is compared with;
 * the same job description is embedded for every applicant: the cache answers the repeats. Least recently used
 * vectors are dropped beyond {@link #CAPACITY} (about 8 MB of vectors). Thread-safe: a text asked for by several
 * threads at once is embedded once, the others wait for that vector.
 */
@Primary
@Component
public class CachedTextVectors implements TextVectors {

	/** How many vectors are kept. */
	static final int CAPACITY = 4_000;

	private final TextVectors model;

	private final Map<String, float[]> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > CAPACITY;
		}
	};

	private final Map<String, CompletableFuture<float[]>> inFlight = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong modelCalls = new AtomicLong();

	@Autowired
	public CachedTextVectors(TextEmbeddings model) {
		this((TextVectors) model);
	}

	CachedTextVectors(TextVectors model) {
		this.model = model;
	}

	@Override
	public float[] vector(String text, TextLanguage language) {
		requests.incrementAndGet();
		String key = language.name() + ':' + sha256(text);
		synchronized (recent) {
			float[] known = recent.get(key);
			if (known != null) {
				return known;
			}
		}
		CompletableFuture<float[]> mine = new CompletableFuture<>();
		CompletableFuture<float[]> running = inFlight.putIfAbsent(key, mine);
		if (running != null) {
			return running.join();
		}
		try {
			modelCalls.incrementAndGet();
			float[] vector = model.vector(text, language);
			synchronized (recent) {
				recent.put(key, vector);
			}
			mine.complete(vector);
			return vector;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			inFlight.remove(key);
		}
	}

	@Override
	public int dimension(TextLanguage language) {
		return model.dimension(language);
	}

	/** How many vectors were asked for since start, answered from the cache or not. */
	public long requests() {
		return requests.get();
	}

	/** How many of those requests ran an embedding model. */
	public long modelCalls() {
		return modelCalls.get();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
