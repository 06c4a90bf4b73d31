package io.renloop.support;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The REST endpoints the running application documents in {@code /v3/api-docs}, as
 * {@code "METHOD /path/{param}"}. Tests that must cover every endpoint compare their own table with
 * this set, so a new endpoint fails them until it is classified.
 */
public final class ApiEndpoints {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private ApiEndpoints() {
	}

	public static Set<String> documented(int port) {
		ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
		if (docs.status() != 200) {
			throw new IllegalStateException("No OpenAPI document: " + docs.status());
		}
		Set<String> endpoints = new TreeSet<>();
		JsonNode paths = docs.json().get("paths");
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				if (METHODS.contains(method)) {
					endpoints.add(method.toUpperCase() + " " + path);
				}
			}
		}
		return endpoints;
	}
}
