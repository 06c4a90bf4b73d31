package io.renloop.onboarding.internal.offer;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Six-digit one-time codes, valid for ten minutes, kept only as a hash bound to their offer. */
@Component
class OneTimeCodes {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private final SecureRandom random = new SecureRandom();

	String issue() {
		return "%06d".formatted(random.nextInt(1_000_000));
	}

	static String hash(UUID offerId, String code) {
		return CandidateLinkTokens.hash(offerId + ":" + code);
	}

	static boolean matches(UUID offerId, String code, String storedHash) {
		return storedHash != null && code != null && MessageDigest.isEqual(
				hash(offerId, code.strip()).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
