package io.renloop.training.internal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.training.Certificates.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateStatusAtExpiryBoundariesTests {

	final LocalDate today = LocalDate.of(2026, 12, 7);

	@Test
	void aCertificateExpiringTodayIsStillValidTodayButExpiring() {
		assertThat(ExpiryStatus.on(today, today)).isEqualTo(Status.EXPIRING);
	}

	@Test
	void aCertificateThatExpiredYesterdayIsExpired() {
		assertThat(ExpiryStatus.on(today.minusDays(1), today)).isEqualTo(Status.EXPIRED);
	}

	@Test
	void aCertificateExpiringTomorrowIsExpiring() {
		assertThat(ExpiryStatus.on(today.plusDays(1), today)).isEqualTo(Status.EXPIRING);
	}

	@Test
	void expiringStartsThirtyDaysAhead() {
		assertThat(ExpiryStatus.on(today.plusDays(30), today)).isEqualTo(Status.EXPIRING);
		assertThat(ExpiryStatus.on(today.plusDays(31), today)).isEqualTo(Status.VALID);
	}

	@Test
	void aCertificateWithoutExpiryIsAlwaysValid() {
		assertThat(ExpiryStatus.on(null, today)).isEqualTo(Status.VALID);
	}
}
