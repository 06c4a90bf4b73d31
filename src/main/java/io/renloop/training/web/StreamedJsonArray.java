package io.renloop.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON array written to the response element by element, as the application's mapper writes each one: hundreds
 * of thousands of lines go out as they are read instead of being held as a list. Nothing is written before the
 * first element, so an error raised before it still becomes a problem response.
 */
final class StreamedJsonArray {

	private final JsonMapper json;

	private final HttpServletResponse response;

	private JsonGenerator out;

	StreamedJsonArray(JsonMapper json, HttpServletResponse response) {
		this.json = json;
		this.response = response;
	}

	void add(Object element) {
		if (out == null) {
			start();
		}
		out.writePOJO(element);
	}

	/** Closes the array; an empty one when nothing was added. */
	void finish() {
		if (out == null) {
			start();
		}
		out.writeEndArray();
		out.close();
	}

	private void start() {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		try {
			out = json.createGenerator(response.getOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.writeStartArray();
	}
}
