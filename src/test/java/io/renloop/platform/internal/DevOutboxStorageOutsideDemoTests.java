package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside demo mode no copy of outgoing messages is kept: the outbox's store does not exist. */
class DevOutboxStorageOutsideDemoTests {

	@Test
	void productionKeepsNoCopies() {
		new ApplicationContextRunner().withPropertyValues("renloop.demo=false")
			.withUserConfiguration(JdbcDevOutbox.class)
			.run(app -> assertThat(app).doesNotHaveBean(JdbcDevOutbox.class));
	}
}
