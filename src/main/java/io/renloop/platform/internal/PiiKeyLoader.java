package io.renloop.platform.internal;

import io.renloop.platform.RenloopProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Finds the personal-data key: {@code RENLOOP_PII_KEY} when set; in demo mode a key generated once into
 * the data directory; otherwise start-up fails, because data encrypted under a throw-away key is lost.
 */
@Component
class PiiKeyLoader {

	private static final Logger log = LoggerFactory.getLogger(PiiKeyLoader.class);

	private final RenloopProperties properties;

	PiiKeyLoader(RenloopProperties properties) {
		this.properties = properties;
	}

	SecretKey load() {
		if (StringUtils.hasText(properties.piiKey())) {
			return decode(properties.piiKey().trim(), "RENLOOP_PII_KEY");
		}
		if (!properties.demo()) {
			throw new MissingPiiKeyException("RENLOOP_PII_KEY is not set. Production mode needs a base64 encoded "
					+ "256-bit key, e.g. from `openssl rand -base64 32`; keep it outside the repository and back it up.");
		}
		Path keyFile = properties.dataDirectory().resolve("pii.key");
		try {
			if (!Files.exists(keyFile)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.createDirectories(keyFile.getParent());
				Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
				log.warn("RENLOOP_PII_KEY is not set: generated a demo key into {}. Never use it in production.",
						keyFile.toAbsolutePath());
			}
			else {
				log.warn("RENLOOP_PII_KEY is not set: using the demo key in {}.", keyFile.toAbsolutePath());
			}
			return decode(Files.readString(keyFile).trim(), keyFile.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the demo key " + keyFile, ex);
		}
	}

	private static SecretKey decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new MissingPiiKeyException(source + " is not valid base64");
		}
		if (key.length != 32) {
			throw new MissingPiiKeyException(source + " must decode to 32 bytes (256 bits), not " + key.length);
		}
		return new SecretKeySpec(key, "AES");
	}
}
