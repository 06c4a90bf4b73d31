package io.renloop.support;

import java.util.UUID;

/**
 * A multipart/form-data body with one file field, for endpoints that take uploads.
 */
public record Multipart(String boundary, String body) {

	public static Multipart file(String field, String fileName, String content) {
		String boundary = "----renloop" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return new Multipart(boundary, body);
	}

	/** Text fields followed by one text file. */
	public static Multipart form(java.util.Map<String, String> fields, String fileField, String fileName, String content) {
		String boundary = "----renloop" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
		body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content)
			.append("\r\n--").append(boundary).append("--\r\n");
		return new Multipart(boundary, body.toString());
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public ApiClient.Response postTo(ApiClient client, String path) {
		return client.send("POST", path, body, contentType());
	}
}
