package io.renloop.platform.internal.sso;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SignInRefusedException;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The {@code state} of a chat app's sign-in: the tenant, the app, the page to open afterwards and an expiry,
 * sealed with AES-GCM under the installation's key, so that every app node can open it and nobody can forge or
 * alter one (the authentication tag fails). A state is good for ten minutes.
 */
@Component
class SignInStates {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	/** A path on this site: one slash, then no second slash or backslash, no scheme, no spaces or control chars. */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_\\-.~%?=&]{0,200}");

	static final String HOME = "/me";

	private final PersonalDataCipher cipher;

	private final Clock clock;

	SignInStates(PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	String seal(String tenantId, IdentityProvider app, String target) {
		String payload = String.join("|", "v1", tenantId, app.name(),
				Long.toString(clock.instant().plus(VALIDITY).getEpochSecond()), localTarget(target));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.encrypt(payload));
	}

	/**
	 * @return the page to open after sign-in
	 * @throws SignInRefusedException 400 when the state is forged, altered, of another tenant or app, or expired
	 */
	String open(String state, String tenantId, IdentityProvider app) {
		String[] parts = payload(state).split("\\|", 5);
		if (parts.length != 5 || !"v1".equals(parts[0]) || !parts[1].equals(tenantId) || !parts[2].equals(app.name())) {
			throw new SignInRefusedException(400, "sso.error.state", "state of another tenant or app");
		}
		if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[3])))) {
			throw new SignInRefusedException(400, "sso.error.stateExpired", "expired state");
		}
		return localTarget(parts[4]);
	}

	/** The target when it is a path on this site, else the employee's home page: never a redirect elsewhere. */
	static String localTarget(String target) {
		return target != null && LOCAL_PATH.matcher(target).matches() ? target : HOME;
	}

	private String payload(String state) {
		try {
			return cipher.decrypt(Base64.getUrlDecoder().decode(state));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new SignInRefusedException(400, "sso.error.state", "forged or damaged state");
		}
	}
}
