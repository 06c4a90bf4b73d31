package io.renloop.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * One JSON {@code POST} to an outside messaging service, turned into a {@link TextDelivery}: an answer other than
 * 2xx, a timeout or an unreachable service is a failure with the reason, never an exception.
 */
final class JsonPost {

	private final HttpClient http;

	private final Duration timeout;

	JsonPost(Duration connectTimeout, Duration timeout) {
		this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
		this.timeout = timeout;
	}

	/**
	 * @param bearer sent as {@code Authorization: Bearer …} when not blank
	 * @param judge decides about a 2xx answer from its body (some services report errors inside a 200)
	 */
	TextDelivery send(URI target, String jsonBody, String bearer, Function<String, TextDelivery> judge) {
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
		if (bearer != null && !bearer.isBlank()) {
			request.header("Authorization", "Bearer " + bearer.strip());
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 != 2) {
				return TextDelivery.failed("HTTP " + response.statusCode() + excerpt(response.body()));
			}
			return judge.apply(response.body());
		}
		catch (HttpTimeoutException ex) {
			return TextDelivery.failed("no answer within " + timeout.toMillis() + " ms");
		}
		catch (IOException ex) {
			return TextDelivery.failed("unreachable: " + ex.getClass().getSimpleName() + " " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return TextDelivery.failed("interrupted");
		}
	}

	static String excerpt(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
	}
}
