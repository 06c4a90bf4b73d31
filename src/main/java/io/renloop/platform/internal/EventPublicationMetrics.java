package io.renloop.platform.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.renloop.platform.EventDeliveries.State;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events between modules as operators see them: {@code renloop.events.published} counts each event this node
 * published, by type; {@code renloop.events.publications} reads the registry's publications (one per event and
 * listener, of every node) by state, so that a growing FAILED or INCOMPLETE count raises an alarm. Only types and
 * counts, never a payload.
 */
@Component
class EventPublicationMetrics implements MeterBinder {

	static final String PUBLISHED = "renloop.events.published";

	static final String PUBLICATIONS = "renloop.events.publications";

	private static final String OWN_EVENTS = "io.renloop.";

	private final JdbcEventDeliveries deliveries;

	private MeterRegistry registry;

	EventPublicationMetrics(JdbcEventDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		for (State state : State.values()) {
			Gauge.builder(PUBLICATIONS, deliveries, d -> d.count(state))
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.description("Event publications in the registry (one per event and listener) by state")
				.register(registry);
		}
	}

	/** The application's own events (records of the modules), not the framework's. */
	@EventListener
	void published(Object event) {
		if (registry != null && event.getClass().getName().startsWith(OWN_EVENTS) && event.getClass().isRecord()) {
			registry.counter(PUBLISHED, "event", event.getClass().getSimpleName()).increment();
		}
	}
}
