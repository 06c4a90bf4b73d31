package io.renloop.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP as a given demo user, with a bearer token issued
 * through {@code POST /api/v1/auth/tokens}. Tokens are cached per login. {@link #withToken} and
 * {@link #withBasic} send other credentials as they are.
 */
public final class ApiClient {

	public static final String PASSWORD = "Renloop#2026";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String authorization;

	private String language = "en";

	private String accept;

	private Map<String, String> extraHeaders = Map.of();

	private ApiClient(String baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	public static ApiClient as(int port, String login) {
		String base = "http://localhost:" + port;
		String token = TOKENS.computeIfAbsent(port + "|" + login, key -> issueToken(base, login));
		return withToken(port, token);
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient("http://localhost:" + port, null);
	}

	/** Sends the given bearer token, valid or not. */
	public static ApiClient withToken(int port, String token) {
		return new ApiClient("http://localhost:" + port, "Bearer " + token);
	}

	/** Sends HTTP Basic credentials, as when a token is issued. */
	public static ApiClient withBasic(int port, String login, String password) {
		String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient("http://localhost:" + port, "Basic " + basic);
	}

	public ApiClient inLanguage(String languageTag) {
		ApiClient copy = copy();
		copy.language = languageTag;
		return copy;
	}

	/** Sends an {@code Accept} header, e.g. {@code text/html} as a browser does. */
	public ApiClient accepting(String mediaTypes) {
		ApiClient copy = copy();
		copy.accept = mediaTypes;
		return copy;
	}

	/** Sends one more header with every request, e.g. {@code X-Request-Id}. */
	public ApiClient withHeader(String name, String value) {
		ApiClient copy = copy();
		Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
		headers.put(name, value);
		copy.extraHeaders = Map.copyOf(headers);
		return copy;
	}

	private ApiClient copy() {
		ApiClient copy = new ApiClient(baseUrl, authorization);
		copy.language = language;
		copy.accept = accept;
		copy.extraHeaders = extraHeaders;
		return copy;
	}

	private static String issueToken(String base, String login) {
		String basic = Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"test\"}"))
			.build();
		Response response = send(request);
		if (response.status() != 201) {
			throw new IllegalStateException("Token for " + login + " failed: " + response.status() + " " + response.body());
		}
		return response.json().get("token").asString();
	}

	public Response get(String path) {
		return send(builder(path).GET().build());
	}

	public Response delete(String path) {
		return send(builder(path).DELETE().build());
	}

	public Response post(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json").POST(publisher(body)).build());
	}

	public Response put(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json").PUT(publisher(body)).build());
	}

	/** A multipart/form-data POST with one file part. */
	public Response postFile(String path, String field, String filename, byte[] content) {
		String boundary = "----renloop" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public Response send(String method, String path, Object body) {
		return send(method, path, body, "application/json");
	}

	public Response send(String method, String path, Object body, String contentType) {
		return send(builder(path).header("Content-Type", contentType).method(method, publisher(body)).build());
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", language);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (accept != null) {
			builder.header("Accept", accept);
		}
		extraHeaders.forEach(builder::header);
		return builder;
	}

	private static HttpRequest.BodyPublisher publisher(Object body) {
		if (body == null) {
			return HttpRequest.BodyPublishers.noBody();
		}
		if (body instanceof byte[] bytes) {
			return HttpRequest.BodyPublishers.ofByteArray(bytes);
		}
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GET of a binary resource (a PDF, an image): status, content type and the bytes as sent. */
	public Binary getBinary(String path) {
		try {
			HttpResponse<byte[]> response = HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Binary(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A binary HTTP answer. */
	public record Binary(int status, byte[] body, String contentType) {
	}

	/** An HTTP answer with its body parsed on demand. */
	public record Response(int status, String body, String contentType, java.net.http.HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The first value of a response header, or null. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}
}
