package io.renloop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, no access to another module's internals, only declared
 * dependencies), and the module diagrams in {@code docs/modules} are regenerated from the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(RenloopApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvases() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
	}
}
