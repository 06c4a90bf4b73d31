package io.renloop.onboarding;

import io.renloop.support.ApiClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Multipart uploads of binary documents to the new-hire API. */
final class OnboardingApi {

	private OnboardingApi() {
	}

	static ApiClient.Response upload(ApiClient client, String token, String type, String fileName, byte[] content) {
		String boundary = "renloop-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return client.send("POST", "/api/v1/onboarding/" + token + "/documents", body.toByteArray(),
				"multipart/form-data; boundary=" + boundary);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
