package io.renloop.recruitment.internal.matching;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the embedding models in the background once the application is ready, so the first match does not wait
 * for them. Off unless {@code renloop.matching.warm-up-embeddings=true}: test contexts and instances that never
 * match should not spend a core and ~100 MB on models.
 */
@Component
@ConditionalOnProperty(name = "renloop.matching.warm-up-embeddings", havingValue = "true")
class EmbeddingWarmUp {

	private final TextEmbeddings embeddings;

	EmbeddingWarmUp(TextEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		embeddings.warmUpInBackground();
	}
}
