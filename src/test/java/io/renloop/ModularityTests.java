package io.renloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, no access to another module's internals, only declared
 * dependencies), and the module diagrams in {@code docs/modules} are regenerated from the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(RenloopApplication.class);

	static final Path OUTPUT = Path.of("docs", "modules");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvases() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
		sortRelations();
	}

	/**
	 * The Documenter lists the relations of a diagram in an order that varies from run to run; sorted, the
	 * committed diagrams change only when the modules do.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
				List<String> sorted = new ArrayList<>();
				boolean placed = false;
				for (String line : lines) {
					if (!line.startsWith("Rel(")) {
						sorted.add(line);
					}
					else if (!placed) {
						sorted.addAll(relations);
						placed = true;
					}
				}
				Files.write(diagram, sorted);
			}
		}
	}
}
