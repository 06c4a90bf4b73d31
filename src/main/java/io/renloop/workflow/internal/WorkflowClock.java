package io.renloop.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The time of approvals: Flowable's clock, which its timers use too, so that a test that moves it forward moves
 * reminders, escalations, delegation windows and history together.
 */
@Component
class WorkflowClock {

	private final SpringProcessEngineConfiguration engine;

	WorkflowClock(@Lazy SpringProcessEngineConfiguration engine) {
		this.engine = engine;
	}

	Instant now() {
		return clock().getCurrentTime().toInstant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	Clock clock() {
		return engine.getClock();
	}
}
