package io.renloop.onboarding.internal.verification;

import io.renloop.onboarding.IdentityVerification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks over HTTP: {@code POST {base-url}/identity} with {@code {"name","idNumber"}} and
 * {@code POST {base-url}/education} with {@code {"name","school","degree","certificateNumber"}}, each answered
 * with JSON {@code {"result": ...}}. A failing, slow or unreachable service gives UNAVAILABLE; no service
 * configured gives NOT_CONFIGURED.
 */
public class HttpIdentityVerification implements IdentityVerification {

	private static final Logger log = LoggerFactory.getLogger(HttpIdentityVerification.class);

	private final VerificationProperties properties;

	private final JsonMapper json;

	private final HttpClient http;

	public HttpIdentityVerification(VerificationProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	@Override
	public IdentityOutcome identity(String name, String idNumber) {
		if (!properties.configured()) {
			return IdentityOutcome.NOT_CONFIGURED;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("idNumber", idNumber);
		return result("/identity", body).map(value -> switch (value) {
			case "MATCH" -> IdentityOutcome.MATCH;
			case "MISMATCH" -> IdentityOutcome.MISMATCH;
			default -> IdentityOutcome.UNAVAILABLE;
		}).orElse(IdentityOutcome.UNAVAILABLE);
	}

	@Override
	public EducationOutcome education(String name, String school, String degree, String certificateNumber) {
		if (!properties.configured()) {
			return EducationOutcome.NOT_CONFIGURED;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("school", school);
		body.put("degree", degree);
		body.put("certificateNumber", certificateNumber);
		return result("/education", body).map(value -> switch (value) {
			case "VERIFIED" -> EducationOutcome.VERIFIED;
			case "NOT_FOUND" -> EducationOutcome.NOT_FOUND;
			default -> EducationOutcome.UNAVAILABLE;
		}).orElse(EducationOutcome.UNAVAILABLE);
	}

	/** The {@code result} of a successful answer, or empty when the service failed, timed out or was unreachable. */
	private Optional<String> result(String path, Map<String, Object> body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(path))
			.timeout(properties.timeout())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		if (!properties.apiKey().isBlank()) {
			request.header("Authorization", "Bearer " + properties.apiKey().strip());
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 != 2) {
				log.warn("Verification service answered HTTP {} on {}", response.statusCode(), path);
				return Optional.empty();
			}
			return Optional.ofNullable(json.readTree(response.body()).path("result").asString(null));
		}
		catch (IOException | JacksonException ex) {
			log.warn("Verification service failed on {}: {}", path, ex.toString());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private URI endpoint(String path) {
		String base = properties.baseUrl().strip();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
	}
}
