package io.renloop.platform.internal.sso;

import static io.renloop.platform.internal.sso.ChatAppException.Kind.UNREACHABLE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON calls to WeCom and DingTalk, which answer HTTP 200 with {@code errcode} 0 on success and another errcode
 * (with {@code errmsg}) on failure. Errors name the path only: the query holds access tokens and secrets.
 */
final class ChatAppHttp {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json;

	ChatAppHttp(JsonMapper json) {
		this.json = json;
	}

	JsonNode get(URI uri, Duration timeout) {
		return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), uri);
	}

	JsonNode post(URI uri, Object body, Duration timeout) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
			.build(), uri);
	}

	/**
	 * The answer when its errcode is 0.
	 *
	 * @param refusal what a refusal at this step means
	 */
	static JsonNode ok(JsonNode answer, String step, ChatAppException.Kind refusal) {
		int errcode = answer.path("errcode").asInt(0);
		if (errcode != 0) {
			throw new ChatAppException(step + " answered errcode " + errcode + ": " + answer.path("errmsg").asString(""),
					refusal);
		}
		return answer;
	}

	private JsonNode send(HttpRequest request, URI uri) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 != 2) {
				throw new ChatAppException(uri.getPath() + " answered HTTP " + response.statusCode(), UNREACHABLE);
			}
			return json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new ChatAppException(uri.getPath() + " answered no JSON", UNREACHABLE);
		}
		catch (IOException ex) {
			throw new ChatAppException(uri.getPath() + " unreachable: " + ex.getClass().getSimpleName(), UNREACHABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChatAppException(uri.getPath() + " interrupted", UNREACHABLE);
		}
	}
}
