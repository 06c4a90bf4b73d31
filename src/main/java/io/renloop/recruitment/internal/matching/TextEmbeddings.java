package io.renloop.recruitment.internal.matching;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.renloop.platform.SentenceEmbeddings;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * In-process sentence embeddings: {@code bge-small-zh-v1.5} (quantised, 512 dimensions) for Chinese text and
 * {@code bge-small-en-v1.5} (quantised, 384 dimensions) for English text. Models load on first use, or in the
 * background once the application is ready when {@link EmbeddingWarmUp} is enabled, so start-up is not slowed.
 * Thread-safe.
 */
@Component
public class TextEmbeddings implements TextVectors, SentenceEmbeddings, AutoCloseable {

	private static final Map<TextLanguage, String> MODEL_NAMES = Map.of(TextLanguage.CHINESE, "bge-small-zh-v1.5-q",
			TextLanguage.ENGLISH, "bge-small-en-v1.5-q");

	private static final Map<TextLanguage, Integer> DIMENSIONS = Map.of(TextLanguage.CHINESE, 512,
			TextLanguage.ENGLISH, 384);

	private final ExecutorService executor;

	private final Map<TextLanguage, EmbeddingModel> models = new EnumMap<>(TextLanguage.class);

	public TextEmbeddings() {
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
			Thread thread = new Thread(task, "text-embeddings-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public float[] vector(String text, TextLanguage language) {
		float[] vector = model(language).embed(TextSegment.from(text.isBlank() ? " " : text)).content().vector();
		return ResumeVectors.unit(vector);
	}

	@Override
	public float[] embed(String text, Locale language) {
		boolean chinese = Locale.CHINESE.getLanguage().equals(language.getLanguage());
		return vector(text, chinese ? TextLanguage.CHINESE : TextLanguage.ENGLISH);
	}

	@Override
	public int dimension(TextLanguage language) {
		return DIMENSIONS.get(language);
	}

	/** Starts loading both models in the background and returns at once. */
	public void warmUpInBackground() {
		for (TextLanguage language : TextLanguage.values()) {
			executor.execute(() -> model(language));
		}
	}

	private EmbeddingModel model(TextLanguage language) {
		synchronized (models) {
			return models.computeIfAbsent(language,
					it -> SingleThreadOnnxModel.load(MODEL_NAMES.get(it), DIMENSIONS.get(it), executor));
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
