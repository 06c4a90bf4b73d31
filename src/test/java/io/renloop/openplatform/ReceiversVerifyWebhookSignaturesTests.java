package io.renloop.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The receiver's recipe of the quickstart: {@code v1 = hex(HMAC-SHA256(secret, t + "." + body))} must match and
 * {@code t} must lie within five minutes, so a forged, altered or replayed delivery is refused.
 */
class ReceiversVerifyWebhookSignaturesTests {

	static final String SECRET = "whsec_test-secret";

	static final byte[] BODY = "{\"id\":\"e1\",\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8);

	static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	@Test
	void aFreshSignatureOfTheBodyIsAccepted() {
		String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plusSeconds(2))).isTrue();
	}

	@Test
	void theSignatureIsTheHexHmacOfTimeDotBody() {
		// computed independently, as the quickstart's Python receiver does:
		// hmac.new(b"whsec_test-secret", b'1796630400.{"id":"e1","type":"ping"}', hashlib.sha256).hexdigest()
		assertThat(WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY)).isEqualTo(
				"t=1796630400,v1=f62f31cb7e4f515def9ecfcf759b552462af570a05d5e57f4b33a54e5840457a");
	}

	@Test
	void aSignatureOlderThanFiveMinutesIsRefusedAsAReplay() {
		String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plusSeconds(5 * 60))).isTrue();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plusSeconds(5 * 60 + 1))).isFalse();
	}

	@Test
	void aSignatureFromTheFarFutureIsRefused() {
		String header = WebhookSignature.header(SECRET, NOW.plusSeconds(600).getEpochSecond(), BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW)).isFalse();
	}

	@Test
	void anAlteredBodyIsRefused() {
		String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);
		byte[] altered = "{\"id\":\"e1\",\"type\":\"pong\"}".getBytes(StandardCharsets.UTF_8);

		assertThat(WebhookSignature.verify(SECRET, header, altered, NOW)).isFalse();
	}

	@Test
	void aSignatureMadeWithAnotherSecretIsRefused() {
		String header = WebhookSignature.header("whsec_someone-else", NOW.getEpochSecond(), BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW)).isFalse();
	}

	@Test
	void aRetimedSignatureIsRefused() {
		String v1 = WebhookSignature.v1(SECRET, NOW.minusSeconds(3600).getEpochSecond(), BODY);

		assertThat(WebhookSignature.verify(SECRET, "t=" + NOW.getEpochSecond() + ",v1=" + v1, BODY, NOW)).isFalse();
	}

	@Test
	void malformedHeadersAreRefusedWithoutAnError() {
		for (String header : new String[] { null, "", "v1=abc", "t=1765094400", "t=abc,v1=00", "t=-5,v1=00",
				"t=99999999999999999999,v1=00", "garbage" }) {
			assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW)).as(header).isFalse();
		}
	}
}
