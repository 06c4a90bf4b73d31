package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelaysTests {

	final LoginDelays delays = new LoginDelays(5, Duration.ofMinutes(1), Duration.ofMinutes(15));

	@Test
	void noWaitBeforeTheFifthWrongPassword() {
		assertThat(delays.after(4)).isZero();
	}

	@Test
	void theWaitDoublesWithEachFurtherWrongPasswordUpToTheCap() {
		assertThat(delays.after(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(delays.after(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(delays.after(7)).isEqualTo(Duration.ofMinutes(4));
		assertThat(delays.after(8)).isEqualTo(Duration.ofMinutes(8));
		assertThat(delays.after(9)).isEqualTo(Duration.ofMinutes(15));
		assertThat(delays.after(1_000)).isEqualTo(Duration.ofMinutes(15));
	}
}
