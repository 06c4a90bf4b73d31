package io.renloop.interview.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.AiDecisionLog;
import io.renloop.platform.TenantContext;
import io.renloop.support.FixedTenantTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Security finding "the test command fails every evening": the decision-log export's default window ended on the
 * machine's date, while answers are dated in the tenant's zone — from 16:00 UTC an answer scored in Shanghai fell
 * outside "the last 12 months". The window now ends on the tenant's date, from the injected clock.
 */
class DecisionLogDateWindowTests {

	static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-12-06T17:10:00Z"), ZoneOffset.UTC);

	final List<LocalDate> asked = new ArrayList<>();

	final AiDecisionLog log = (from, to) -> {
		asked.add(from);
		asked.add(to);
		return List.of();
	};

	final AiDecisionLogApiController controller = new AiDecisionLogApiController(log,
			new FixedTenantTime(EVENING_UTC, ZoneId.of("Asia/Shanghai")));

	@Test
	void theDefaultWindowEndsOnTheTenantsDate() {
		TenantContext.runAs("demo", () -> controller.export(null, null, "json", null));
		assertThat(asked).containsExactly(LocalDate.of(2025, 12, 7), LocalDate.of(2026, 12, 7));
	}

	@Test
	void datesGivenAreTakenAsTheyAre() {
		TenantContext.runAs("demo", () -> controller.export(LocalDate.of(2026, 1, 1), null, "csv", null));
		assertThat(asked).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7));
	}
}
