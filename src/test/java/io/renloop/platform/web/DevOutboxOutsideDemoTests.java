package io.renloop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.DevOutbox;
import io.renloop.shared.PageView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside demo mode the developer outbox's endpoint and page do not exist, so their paths answer 404. */
class DevOutboxOutsideDemoTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(DevOutbox.class, () -> (channel, page, size) -> PageView.of(List.of(), page, size, 0))
		.withUserConfiguration(DevOutboxApiController.class, DevOutboxPageController.class);

	@Test
	void productionHasNeitherEndpointNorPage() {
		context.withPropertyValues("renloop.demo=false")
			.run(app -> assertThat(app).doesNotHaveBean(DevOutboxApiController.class)
				.doesNotHaveBean(DevOutboxPageController.class));
	}

	@Test
	void unsetDemoModeCountsAsProduction() {
		context.run(app -> assertThat(app).doesNotHaveBean(DevOutboxApiController.class)
			.doesNotHaveBean(DevOutboxPageController.class));
	}

	@Test
	void demoModeHasBoth() {
		context.withPropertyValues("renloop.demo=true")
			.run(app -> assertThat(app).hasSingleBean(DevOutboxApiController.class)
				.hasSingleBean(DevOutboxPageController.class));
	}
}
