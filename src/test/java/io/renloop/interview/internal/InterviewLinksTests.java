package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Interview link tokens: what they stand for, expiry and tampering. */
class InterviewLinksTests {

	static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	static final byte[] SECRET = "a test secret of thirty-two bytes".getBytes(StandardCharsets.UTF_8);

	InterviewLinks links = new InterviewLinks(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void tokenStandsForTenantSessionAndExpiry() {
		UUID session = UUID.randomUUID();
		InterviewLinks.Link link = links.verify(links.issue("demo", session, NOW.plus(Duration.ofDays(7))));
		assertThat(link).isEqualTo(new InterviewLinks.Link("demo", session, NOW.plus(Duration.ofDays(7))));
	}

	@Test
	void expiredTokenIsGone() {
		String token = links.issue("demo", UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> links.verify(token)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.status()).isEqualTo(410));
	}

	@Test
	void changedPayloadOrOtherSecretIsInvalid() {
		String token = links.issue("demo", UUID.randomUUID(), NOW.plusSeconds(60));
		String signature = token.substring(token.indexOf('.'));
		String forged = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("acme:" + UUID.randomUUID() + ":" + NOW.plusSeconds(60).getEpochSecond())
				.getBytes(StandardCharsets.UTF_8)) + signature;
		InterviewLinks other = new InterviewLinks("another secret".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(NOW, ZoneOffset.UTC));
		for (String bad : new String[] { forged, token.replace('.', 'x'), "", "a.b" }) {
			assertThatThrownBy(() -> links.verify(bad)).isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.status()).isEqualTo(404));
		}
		assertThatThrownBy(() -> other.verify(token)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void everyOtherLastCharacterIsInvalid() {
		String token = links.issue("demo", UUID.randomUUID(), NOW.plusSeconds(60));
		String head = token.substring(0, token.length() - 1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		for (char c : alphabet.toCharArray()) {
			if (c != token.charAt(token.length() - 1)) {
				assertThatThrownBy(() -> links.verify(head + c)).isInstanceOf(BusinessRuleException.class);
			}
		}
	}
}
