package io.renloop.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads question banks shipped as JSON arrays of {@link QuestionDefinition} on the class path, such as the demo
 * tenant's bank.
 */
public final class QuestionFiles {

	/** The demo tenant's bank: mining safety, engineering, sales, service and general behavioural questions. */
	public static final String DEMO_BANK = "io/renloop/interview/bank/demo-questions.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private QuestionFiles() {
	}

	/** The questions of a class-path resource; none when the resource does not exist. */
	public static List<QuestionDefinition> read(String resource) {
		try (InputStream in = QuestionFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return List.of();
			}
			return JSON.readValue(in, new TypeReference<List<QuestionDefinition>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
