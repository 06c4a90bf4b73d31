package io.renloop.platform.internal.sso;

import io.renloop.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The access tokens of WeCom and DingTalk applications, kept until shortly before they expire: both services limit
 * how often a token may be fetched, and a token serves every sign-in of the application.
 */
final class AccessTokens {

	/** A token with the instant it stops being used. */
	record Token(String value, Instant usableUntil) {
	}

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Clock clock;

	AccessTokens(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param credentials the application; a new secret fetches a new token
	 * @param fetch fetches a token and its lifetime in seconds
	 */
	String of(ChatAppIdentities.ChatAppCredentials credentials, Supplier<Map.Entry<String, Long>> fetch) {
		String key = credentials.appId() + ":" + Sha256.hex(credentials.secret().getBytes(StandardCharsets.UTF_8));
		Token token = tokens.get(key);
		if (token != null && clock.instant().isBefore(token.usableUntil())) {
			return token.value();
		}
		Map.Entry<String, Long> fetched = fetch.get();
		// a minute's margin, so that a token is never used in its last seconds
		long seconds = Math.max(0, fetched.getValue() - 60);
		tokens.put(key, new Token(fetched.getKey(), clock.instant().plus(Duration.ofSeconds(seconds))));
		return fetched.getKey();
	}
}
