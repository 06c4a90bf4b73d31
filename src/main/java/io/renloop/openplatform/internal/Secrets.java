package io.renloop.openplatform.internal;

import io.renloop.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets with a recognisable prefix, and their stored SHA-256 (enough for 256 random bits). */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** The prefix and {@code bytes} random bytes in unpadded base64url. */
	static String random(String prefix, int bytes) {
		byte[] secret = new byte[bytes];
		RANDOM.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String hash(String secret) {
		return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the secret's hash is the stored one, compared in constant time. */
	static boolean matches(String secret, String storedHash) {
		return secret != null && MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
