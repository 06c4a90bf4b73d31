package io.renloop.interview.internal.speech;

import io.renloop.interview.SpeechToText;
import io.renloop.interview.SpeechToTextException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speech-to-text over the OpenAI-compatible {@code POST /v1/audio/transcriptions} (OpenAI, a local
 * whisper.cpp or faster-whisper server, and many hosted services speak it): a multipart request with the
 * {@code file}, {@code model} and {@code language}, answered with JSON {@code {"text": ...}}.
 */
public class OpenAiCompatibleSpeechToText implements SpeechToText {

	private static final String PATH = "/v1/audio/transcriptions";

	private final SpeechToTextProperties properties;

	private final JsonMapper json;

	private final HttpClient http;

	public OpenAiCompatibleSpeechToText(SpeechToTextProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	@Override
	public String transcribe(byte[] audio, String contentType, String language) {
		String boundary = "renloop-" + UUID.randomUUID();
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
			.timeout(properties.timeout())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, audio, contentType, language)));
		if (!properties.apiKey().isBlank()) {
			request.header("Authorization", "Bearer " + properties.apiKey().strip());
		}
		HttpResponse<String> response = send(request.build());
		if (response.statusCode() / 100 != 2) {
			throw new SpeechToTextException("The speech-to-text service answered HTTP " + response.statusCode()
					+ excerpt(response.body()));
		}
		return text(response.body());
	}

	private URI endpoint() {
		String base = properties.baseUrl().strip();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			throw new SpeechToTextException("The speech-to-text service did not answer within "
					+ properties.timeout().toMillis() + " ms", ex);
		}
		catch (IOException ex) {
			throw new SpeechToTextException("The speech-to-text service could not be reached: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechToTextException("The transcription was interrupted", ex);
		}
	}

	private String text(String body) {
		try {
			JsonNode text = json.readTree(body).get("text");
			if (text == null || !text.isString()) {
				throw new SpeechToTextException("The speech-to-text service answered without a text" + excerpt(body));
			}
			return text.asString().strip();
		}
		catch (JacksonException ex) {
			throw new SpeechToTextException("The speech-to-text service answered with something other than JSON"
					+ excerpt(body), ex);
		}
	}

	private byte[] body(String boundary, byte[] audio, String contentType, String language) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(audio.length + 1024);
		String extension = contentType.substring(contentType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answer."
				+ extension + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(audio);
		write(body, "\r\n");
		field(body, boundary, "model", properties.model());
		if (language != null) {
			field(body, boundary, "language", language);
		}
		field(body, boundary, "response_format", "json");
		write(body, "--" + boundary + "--\r\n");
		return body.toByteArray();
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n");
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String excerpt(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
	}
}
