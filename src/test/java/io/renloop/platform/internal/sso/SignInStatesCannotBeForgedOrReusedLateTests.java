package io.renloop.platform.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The state of a WeCom sign-in carries the tenant, the app and the page to open, sealed and good for ten minutes:
 * an altered, foreign or late state is a 400 refusal, and the page to open is always one of this site.
 */
class SignInStatesCannotBeForgedOrReusedLateTests {

	static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

	final PersonalDataCipher cipher = new TestCipher();

	final SignInStates states = new SignInStates(cipher, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aFreshStateOpensToItsTarget() {
		String state = states.seal("acme", IdentityProvider.WECOM, "/leave/requests?id=42");

		assertThat(states.open(state, "acme", IdentityProvider.WECOM)).isEqualTo("/leave/requests?id=42");
	}

	@Test
	void aStateTenMinutesOldHasExpired() {
		String state = states.seal("acme", IdentityProvider.WECOM, "/me");
		SignInStates later = new SignInStates(cipher, Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));

		assertRefused(() -> later.open(state, "acme", IdentityProvider.WECOM), "sso.error.stateExpired");
	}

	@Test
	void anAlteredStateIsRefused() {
		String state = states.seal("acme", IdentityProvider.WECOM, "/me");
		char[] chars = state.toCharArray();
		chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';

		assertRefused(() -> states.open(new String(chars), "acme", IdentityProvider.WECOM), "sso.error.state");
		assertRefused(() -> states.open("not base64 !", "acme", IdentityProvider.WECOM), "sso.error.state");
		assertRefused(() -> states.open("", "acme", IdentityProvider.WECOM), "sso.error.state");
	}

	@Test
	void aStateOfAnotherTenantOrAppIsRefused() {
		String state = states.seal("acme", IdentityProvider.WECOM, "/me");

		assertRefused(() -> states.open(state, "demo", IdentityProvider.WECOM), "sso.error.state");
		assertRefused(() -> states.open(state, "acme", IdentityProvider.DINGTALK), "sso.error.state");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
			"/me\r\nSet-Cookie: x=1", "me", "" })
	void aTargetOffThisSiteBecomesTheHomePage(String target) {
		String state = states.seal("acme", IdentityProvider.WECOM, target);

		assertThat(states.open(state, "acme", IdentityProvider.WECOM)).isEqualTo("/me");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(SignInRefusedException.class, ex -> {
			assertThat(ex.status()).isEqualTo(400);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	/** AES-GCM under a random key, as the installation's personal-data cipher seals. */
	static final class TestCipher implements PersonalDataCipher {

		private final SecretKey key;

		TestCipher() {
			try {
				KeyGenerator generator = KeyGenerator.getInstance("AES");
				generator.init(256);
				key = generator.generateKey();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public byte[] encrypt(String plaintext) {
			try {
				byte[] nonce = new byte[12];
				new SecureRandom().nextBytes(nonce);
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
				byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
				byte[] out = new byte[12 + sealed.length];
				System.arraycopy(nonce, 0, out, 0, 12);
				System.arraycopy(sealed, 0, out, 12, sealed.length);
				return out;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String decrypt(byte[] sealed) {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
				return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException | IllegalArgumentException ex) {
				throw new IllegalStateException("cannot decrypt", ex);
			}
		}
	}
}
