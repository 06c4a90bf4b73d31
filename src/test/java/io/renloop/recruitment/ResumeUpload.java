package io.renloop.recruitment;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body with text fields and any number of binary files, for bulk uploads. */
public final class ResumeUpload {

	private final String boundary = "----renloop" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private final Map<String, String> fields = new LinkedHashMap<>();

	public ResumeUpload field(String name, Object value) {
		fields.put(name, String.valueOf(value));
		return this;
	}

	public ResumeUpload file(String field, String fileName, byte[] content) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public ResumeUpload file(String fileName, byte[] content) {
		return file("files[]", fileName, content);
	}

	public ApiClient.Response postTo(ApiClient client, String path) {
		return client.send("POST", path, bytes(), contentType());
	}

	/** Posts the form from a signed-in page session; add the page's {@code _csrf} token as a field first. */
	public BrowserSession.Page postTo(BrowserSession session, String path) {
		return session.post(path, bytes(), contentType());
	}

	private byte[] bytes() {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		fields.forEach((name, value) -> all.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		all.writeBytes(body.toByteArray());
		all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return all.toByteArray();
	}

	private String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
