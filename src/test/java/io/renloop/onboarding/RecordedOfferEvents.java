package io.renloop.onboarding;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link OfferAccepted} the application publishes, on the publishing thread (a request's), which
 * Spring's {@code @RecordApplicationEvents} would miss.
 */
@Component
public class RecordedOfferEvents {

	private final Queue<OfferAccepted> accepted = new ConcurrentLinkedQueue<>();

	@EventListener
	void on(OfferAccepted event) {
		accepted.add(event);
	}

	public List<OfferAccepted> acceptedOf(UUID offerId) {
		return accepted.stream().filter(e -> e.offerId().equals(offerId)).toList();
	}
}
