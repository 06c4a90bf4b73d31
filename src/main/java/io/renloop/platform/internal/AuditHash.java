package io.renloop.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 link of the audit chain: each event's hash covers its content and the previous hash, so
 * changing, removing or reordering a stored event breaks every later link.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(String previousHash, String tenantId, Instant occurredAt, String actor, String action,
			String entityType, String entityId, String before, String after) {
		String content = String.join("\u001f", previousHash, tenantId, Long.toString(toMicros(occurredAt)), actor,
				action, entityType, entityId, String.valueOf(before), String.valueOf(after));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** PostgreSQL keeps microseconds; the hash must cover exactly what is stored. */
	static long toMicros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
	}
}
