package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.support.FixedTenantTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" is the tenant's date, whatever the machine's zone and hour. */
class TenantTimeTests {

	static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-12-06T17:10:00Z"), ZoneOffset.UTC);

	@Test
	void inTheEveningUtcItIsAlreadyTomorrowInShanghai() {
		TenantTime shanghai = fixed(EVENING_UTC, ZoneId.of("Asia/Shanghai"));
		assertThat(TenantContext.callAs("demo", shanghai::today))
			.isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void aTenantInUtcStillHasTheUtcDate() {
		assertThat(TenantContext.callAs("acme", fixed(EVENING_UTC, ZoneOffset.UTC)::today))
			.isEqualTo(LocalDate.of(2026, 12, 6));
	}

	private static TenantTime fixed(Clock clock, ZoneId zone) {
		return new FixedTenantTime(clock, zone);
	}
}
