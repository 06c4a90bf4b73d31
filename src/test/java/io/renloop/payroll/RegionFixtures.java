package io.renloop.payroll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of region versions for the API tests. */
public final class RegionFixtures {

	private RegionFixtures() {
	}

	/** A valid version with pension, medical (Beijing's 3 yuan) and housing fund; the maps may be changed. */
	public static Map<String, Object> version(String name, String effectiveFrom) {
		List<Map<String, Object>> items = new ArrayList<>(List.of(item("PENSION", "0.08", "0.16"),
				item("MEDICAL", "0.02", "0.098"), item("HOUSING_FUND", "0.12", "0.12")));
		items.get(1).put("employeeFixed", 3);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("effectiveFrom", effectiveFrom);
		body.put("items", items);
		return body;
	}

	public static Map<String, Object> item(String kind, String employeeRate, String employerRate) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", kind);
		item.put("baseFloor", 7500);
		item.put("baseCeiling", 37000);
		item.put("employeeRate", Double.parseDouble(employeeRate));
		item.put("employerRate", Double.parseDouble(employerRate));
		item.put("rounding", "FEN");
		return item;
	}

	/** The item at the index of the version's body, to change it. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> itemOf(Map<String, Object> version, int index) {
		return ((List<Map<String, Object>>) version.get("items")).get(index);
	}
}
