package io.renloop.openplatform.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data} of a webhook body: names and values in a fixed order, ids, dates and enums as strings (so that an
 * event's content, and therefore its derived id, never depends on how a value would be serialised).
 */
final class EventData {

	private EventData() {
	}

	/** Alternating names and values; null values are kept as JSON null. */
	static Map<String, Object> of(Object... namesAndValues) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			data.put((String) namesAndValues[i],
					value == null || value instanceof Number || value instanceof Boolean ? value : value.toString());
		}
		return data;
	}
}
