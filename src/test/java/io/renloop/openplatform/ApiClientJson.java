package io.renloop.openplatform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses a webhook body the receiver got. */
final class ApiClientJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiClientJson() {
	}

	static JsonNode parse(String text) {
		return JSON.readTree(text);
	}
}
