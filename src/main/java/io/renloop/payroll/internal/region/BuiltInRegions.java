package io.renloop.payroll.internal.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions shipped with the application, which every tenant uses until it saves its own: the official figures
 * of the bundled files, each region with its sources beside the figures. Numbers are written as text in the files
 * so that no binary floating point ever touches a rate.
 */
@Component
class BuiltInRegions {

	static final List<String> BUNDLED = List.of("payroll/regions-cn-2025.json");

	private final List<Region> versions;

	BuiltInRegions(JsonMapper json) {
		this.versions = BUNDLED.stream().flatMap(path -> read(path, json).stream()).toList();
	}

	List<Region> versions() {
		return versions;
	}

	static List<Region> read(String path, JsonMapper json) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readTree(in).get("regions").valueStream().map(BuiltInRegions::region).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Region region(JsonNode node) {
		return new Region(node.get("code").asString(), node.get("name").asString(),
				LocalDate.parse(node.get("effectiveFrom").asString()),
				node.get("items").valueStream().map(BuiltInRegions::item).toList(),
				node.has("minimumWage") ? decimal(node, "minimumWage") : null,
				node.has("averageMonthlyWage") ? decimal(node, "averageMonthlyWage") : null);
	}

	private static RegionItem item(JsonNode node) {
		return new RegionItem(ContributionKind.valueOf(node.get("kind").asString()), decimal(node, "baseFloor"),
				decimal(node, "baseCeiling"), decimal(node, "employeeRate"), decimal(node, "employerRate"),
				node.has("employeeFixed") ? decimal(node, "employeeFixed") : null,
				Rounding.valueOf(node.get("rounding").asString()));
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		return new BigDecimal(node.get(field).asString());
	}
}
