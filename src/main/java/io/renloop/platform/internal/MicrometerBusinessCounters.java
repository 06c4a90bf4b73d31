package io.renloop.platform.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.renloop.platform.BusinessCounters;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The business counters on Micrometer, plus the logins: every password checked by the form login or the token
 * issuing door publishes a Spring Security authentication event, counted here by outcome (bearer tokens are not
 * logins and publish none).
 */
@Component
class MicrometerBusinessCounters implements BusinessCounters {

	static final String IMPORTS = "renloop.imports";

	static final String LOGINS = "renloop.logins";

	private final MeterRegistry registry;

	MicrometerBusinessCounters(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void importStarted(String kind) {
		registry.counter(IMPORTS, "kind", tag(kind), "stage", "started", "outcome", "none").increment();
	}

	@Override
	public void importFinished(String kind, String outcome) {
		registry.counter(IMPORTS, "kind", tag(kind), "stage", "finished", "outcome", tag(outcome)).increment();
	}

	@EventListener
	void loginSucceeded(AuthenticationSuccessEvent event) {
		registry.counter(LOGINS, "outcome", "succeeded").increment();
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		registry.counter(LOGINS, "outcome", "failed").increment();
	}

	private static String tag(String value) {
		return value.toLowerCase(Locale.ROOT);
	}
}
