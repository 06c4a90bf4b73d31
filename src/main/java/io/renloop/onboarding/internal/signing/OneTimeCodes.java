package io.renloop.onboarding.internal.signing;

import io.renloop.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Six-digit one-time codes that confirm a signature (offers, labour contracts): valid for ten minutes, kept only as
 * a hash bound to their document; five wrong codes lock the document's link.
 */
@Component
public class OneTimeCodes {

	public static final Duration VALIDITY = Duration.ofMinutes(10);

	public static final int MAX_ATTEMPTS = 5;

	private final SecureRandom random = new SecureRandom();

	public String issue() {
		return "%06d".formatted(random.nextInt(1_000_000));
	}

	public static String hash(UUID documentId, String code) {
		return Sha256.hex((documentId + ":" + code).getBytes(StandardCharsets.UTF_8));
	}

	public static boolean matches(UUID documentId, String code, String storedHash) {
		return storedHash != null && code != null && MessageDigest.isEqual(
				hash(documentId, code.strip()).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
