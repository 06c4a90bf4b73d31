package io.renloop.interview;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Bytes that content sniffing recognises as audio (an Ogg Opus stream's first page) or not, and the multipart
 * body a browser sends with a recording. Every byte is ASCII, so a response body read as text compares exactly.
 */
public final class AudioSamples {

	private AudioSamples() {
	}

	/** The start of an Ogg Opus recording, padded to {@code size} bytes. */
	public static byte[] oggOpus(int size) {
		byte[] audio = new byte[size];
		Arrays.fill(audio, (byte) 'a');
		byte[] head = new byte[36];
		System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, head, 0, 4);
		head[5] = 2;
		head[26] = 1;
		head[27] = 19;
		System.arraycopy("OpusHead".getBytes(StandardCharsets.US_ASCII), 0, head, 28, 8);
		System.arraycopy(head, 0, audio, 0, Math.min(head.length, size));
		return audio;
	}

	/** The start of a JPEG picture. */
	public static byte[] jpeg() {
		byte[] picture = new byte[64];
		picture[0] = (byte) 0xFF;
		picture[1] = (byte) 0xD8;
		picture[2] = (byte) 0xFF;
		picture[3] = (byte) 0xE0;
		return picture;
	}

	/** A multipart body with the {@code file} part declared as {@code declaredType} and the given text fields. */
	public static Upload upload(byte[] content, String declaredType, Map<String, String> fields) {
		String boundary = "----renloop" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		new LinkedHashMap<>(fields).forEach((name, value) -> head.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
			.append("\r\n"));
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answer\"")
			.append("\r\nContent-Type: ").append(declaredType).append("\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(content, 0, body, start.length, content.length);
		System.arraycopy(end, 0, body, start.length + content.length, end.length);
		return new Upload(body, "multipart/form-data; boundary=" + boundary);
	}

	/** A ready multipart body and its content type. */
	public record Upload(byte[] body, String contentType) {
	}
}
