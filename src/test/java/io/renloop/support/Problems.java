package io.renloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Assertions on RFC 9457 problem responses: the status, the media type, the members every problem must
 * have, and no trace of the server's internals.
 */
public final class Problems {

	private static final List<String> INTERNALS = List.of("Exception", ".java:", "\tat ", "at io.renloop",
			"org.springframework", "org.hibernate", "org.postgresql", "\"trace\"", "SQLState");

	private Problems() {
	}

	public static JsonNode assertProblem(ApiClient.Response response, int status) {
		assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
		assertThat(response.contentType()).as("media type").startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("status").asInt(0)).isEqualTo(status);
		for (String member : List.of("type", "title", "detail")) {
			assertThat(problem.path(member).asString("")).as("problem member %s in %s", member, response.body())
				.isNotBlank();
		}
		assertNoInternals(response);
		return problem;
	}

	public static void assertNoInternals(ApiClient.Response response) {
		assertThat(response.status()).as("never a server error: %s", response.body()).isLessThan(500);
		assertThat(response.body()).doesNotContain(INTERNALS);
	}

	/** The fields named in a validation problem's {@code errors}. */
	public static List<String> errorFields(JsonNode problem) {
		return problem.path("errors").valueStream().map(e -> e.path("field").asString("")).toList();
	}

	/** The message of the first error on the field. */
	public static String errorMessage(JsonNode problem, String field) {
		return problem.path("errors")
			.valueStream()
			.filter(e -> field.equals(e.path("field").asString("")))
			.map(e -> e.path("message").asString(""))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no error on " + field + " in " + problem));
	}
}
