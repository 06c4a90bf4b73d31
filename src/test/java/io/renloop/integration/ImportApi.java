package io.renloop.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import and export API over real HTTP as a demo user: multipart uploads, polling of jobs and binary
 * downloads, which the JSON-only {@link ApiClient} does not do.
 */
final class ImportApi {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String token;

	private final String language;

	private ImportApi(String baseUrl, String token, String language) {
		this.baseUrl = baseUrl;
		this.token = token;
		this.language = language;
	}

	static ImportApi as(int port, String login) {
		String base = "http://localhost:" + port;
		return new ImportApi(base, TOKENS.computeIfAbsent(port + "|" + login, key -> issueToken(base, login)), "en");
	}

	ImportApi inLanguage(String languageTag) {
		return new ImportApi(baseUrl, token, languageTag);
	}

	/** Uploads a file; the answer is 202 with the job id, or a problem. */
	Reply upload(String kind, boolean dryRun, String fileName, byte[] content) {
		String boundary = "----renloop" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request("/api/v1/imports/" + kind + "?dryRun=" + dryRun)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** Uploads a file and waits for its job to end. */
	JsonNode run(String kind, boolean dryRun, String fileName, byte[] content) {
		Reply started = upload(kind, dryRun, fileName, content);
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		return finished(UUID.fromString(started.json().get("jobId").asString()));
	}

	JsonNode finished(UUID jobId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (true) {
			Reply job = get("/api/v1/imports/jobs/" + jobId);
			assertThat(job.status()).as(job.text()).isEqualTo(200);
			if (!"RUNNING".equals(job.json().get("status").asString()) || Instant.now().isAfter(deadline)) {
				return job.json();
			}
			pause();
		}
	}

	Reply get(String path) {
		return send(request(path).GET().build());
	}

	long employeeCount() {
		return get("/api/v1/employees?size=1").json().at("/page/totalElements").asLong();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept-Language", language)
			.header("Authorization", "Bearer " + token);
	}

	private static String issueToken(String base, String login) {
		String basic = Base64.getEncoder()
			.encodeToString((login + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
		Reply reply = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"import tests\"}"))
			.build());
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.json().get("token").asString();
	}

	static Reply send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer; the body is JSON, text or a file. */
	record Reply(int status, byte[] body, String contentType, String contentDisposition) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(body);
		}
	}
}
