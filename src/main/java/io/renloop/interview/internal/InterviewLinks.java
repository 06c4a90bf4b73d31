package io.renloop.interview.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.RenloopProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs and checks the tokens of candidates' interview links: tenant, session and expiry, signed with
 * HMAC-SHA256 under the installation's link secret ({@code renloop.interview.link-secret}, else a key generated
 * once into the data directory). An altered token is refused as unknown (404), an expired one as gone (410).
 */
@Component
class InterviewLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] secret;

	private final Clock clock;

	@Autowired
	InterviewLinks(RenloopProperties properties, @Value("${renloop.interview.link-secret:}") String configured,
			Clock clock) {
		this.secret = StringUtils.hasText(configured) ? configured.strip().getBytes(StandardCharsets.UTF_8)
				: generatedSecret(properties.dataDirectory().resolve("interview-link.key"));
		this.clock = clock;
	}

	InterviewLinks(byte[] secret, Clock clock) {
		this.secret = secret.clone();
		this.clock = clock;
	}

	String issue(String tenantId, UUID sessionId, Instant expiresAt) {
		String payload = tenantId + ":" + sessionId + ":" + expiresAt.getEpochSecond();
		return encode(payload.getBytes(StandardCharsets.UTF_8));
	}

	private String encode(byte[] payload) {
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
	}

	/** The link a valid, unexpired token stands for. */
	Link verify(String token) {
		Link link = decode(token);
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new BusinessRuleException(410, "interview.link.expired");
		}
		return link;
	}

	/** The link a valid token stands for, accepted until {@code grace} after its expiry (410 after that). */
	Link verifyWithin(String token, java.time.Duration grace) {
		Link link = decode(token);
		if (!clock.instant().isBefore(link.expiresAt().plus(grace))) {
			throw new BusinessRuleException(410, "interview.link.expired");
		}
		return link;
	}

	private Link decode(String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot <= 0 || token.length() > 300) {
			throw invalid();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(sign(payload), signature) || !token.equals(encode(payload))) {
				// the second check refuses other spellings of the same bytes (base64 padding bits)
				throw invalid();
			}
			String[] parts = new String(payload, StandardCharsets.UTF_8).split(":");
			if (parts.length != 3) {
				throw invalid();
			}
			return new Link(parts[0], UUID.fromString(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static BusinessRuleException invalid() {
		return new BusinessRuleException(404, "interview.link.invalid");
	}

	private static byte[] generatedSecret(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			}
			return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the interview link key " + file, ex);
		}
	}

	/** What a token stands for. */
	record Link(String tenantId, UUID sessionId, Instant expiresAt) {
	}
}
