package io.renloop.openplatform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery, {@code X-Renloop-Signature: t=<unix seconds>,v1=<hex>} with
 * {@code v1 = hex(HMAC-SHA256(secret, t + "." + raw body))}, and the receiver's check of it (the recipe of
 * {@code docs/api/quickstart.md}): the HMAC must match in constant time and {@code t} must lie within the tolerance
 * (five minutes), so that a captured delivery cannot be replayed later.
 */
public final class WebhookSignature {

	public static final String HEADER = "X-Renloop-Signature";

	/** How far a signature's time may lie from the receiver's clock. */
	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private WebhookSignature() {
	}

	/** The header value for a body sent at {@code t} (unix seconds). */
	public static String header(String secret, long t, byte[] body) {
		return "t=" + t + ",v1=" + v1(secret, t, body);
	}

	/** {@code hex(HMAC-SHA256(secret, t + "." + body))}. */
	public static String v1(String secret, long t, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether the header signs the body with the secret at a time within {@link #TOLERANCE} of {@code now}. A
	 * missing or malformed header is simply not valid.
	 */
	public static boolean verify(String secret, String header, byte[] body, Instant now) {
		if (header == null || secret == null || body == null) {
			return false;
		}
		Long t = null;
		String signature = null;
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
				t = Long.valueOf(pair[1]);
			}
			else if (pair.length == 2 && pair[0].equals("v1")) {
				signature = pair[1];
			}
		}
		if (t == null || signature == null
				|| Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		return MessageDigest.isEqual(v1(secret, t, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}
}
