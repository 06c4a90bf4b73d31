package io.renloop.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.RenloopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class RecruitmentModuleTests {

	@Test
	void recruitmentKeepsItsModuleBoundaries() {
		ApplicationModules modules = ApplicationModules.of(RenloopApplication.class);
		assertThat(modules.getModuleByName("recruitment")).isPresent();
		assertThat(modules.detectViolations().getMessages()).noneMatch(message -> message.contains("recruitment"));
	}
}
