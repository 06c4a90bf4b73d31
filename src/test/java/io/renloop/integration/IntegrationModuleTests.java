package io.renloop.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.RenloopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class IntegrationModuleTests {

	@Test
	void integrationUsesOnlyThePublicApisOfTheModulesItMayDependOn() {
		ApplicationModules modules = ApplicationModules.of(RenloopApplication.class);
		ApplicationModule integration = modules.getModuleByName("integration").orElseThrow();

		assertThat(integration.detectDependencies(modules).getMessages()).isEmpty();
	}
}
