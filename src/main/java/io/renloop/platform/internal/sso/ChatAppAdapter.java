package io.renloop.platform.internal.sso;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the WeCom and DingTalk adapters share: their addresses, JSON over HTTP, and the application's access token
 * kept until shortly before it expires.
 */
abstract class ChatAppAdapter implements ChatAppIdentities {

	protected final ChatAppEndpoints endpoints;

	protected final ChatAppHttp http;

	private final AccessTokens tokens;

	ChatAppAdapter(ChatAppEndpoints endpoints, JsonMapper json, Clock clock) {
		this.endpoints = endpoints;
		this.http = new ChatAppHttp(json);
		this.tokens = new AccessTokens(clock);
	}

	/** The application's access token, fetched when none is kept. */
	protected String accessToken(ChatAppCredentials credentials) {
		return tokens.of(credentials, () -> fetchToken(credentials));
	}

	/** Fetches a new access token with its lifetime in seconds. */
	protected abstract Map.Entry<String, Long> fetchToken(ChatAppCredentials credentials);

	/** The work e-mail when the app tells one, else the personal one, else null. */
	static String email(String work, String personal) {
		for (String email : new String[] { work, personal }) {
			if (email != null && !email.isBlank()) {
				return email.strip();
			}
		}
		return null;
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
