package io.renloop.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON array written to the response element by element with the application's mapper (one serializer looked up
 * for the element type): hundreds of thousands of lines go out as they are read instead of being held as a list.
 * Nothing is written before the first element, so an error raised before it still becomes a problem response.
 */
final class StreamedJsonArray<T> {

	private final JsonMapper json;

	private final Class<T> type;

	private final HttpServletResponse response;

	private SequenceWriter out;

	StreamedJsonArray(JsonMapper json, Class<T> type, HttpServletResponse response) {
		this.json = json;
		this.type = type;
		this.response = response;
	}

	void add(T element) {
		if (out == null) {
			start();
		}
		out.write(element);
	}

	/** Closes the array; an empty one when nothing was added. */
	void finish() {
		if (out == null) {
			start();
		}
		out.close();
	}

	private void start() {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		try {
			out = json.writerFor(type).writeValuesAsArray(response.getOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
