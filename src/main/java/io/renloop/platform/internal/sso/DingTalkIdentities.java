package io.renloop.platform.internal.sso;

import static io.renloop.platform.internal.sso.ChatAppException.Kind.APP_REFUSED;
import static io.renloop.platform.internal.sso.ChatAppException.Kind.CODE_REFUSED;

import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk (钉钉) in-app login (免登): {@code /gettoken?appkey&appsecret} gives the application's access token,
 * {@code POST /topapi/v2/user/getuserinfo?access_token} with {@code {"code"}} the user's {@code userid}, and
 * {@code POST /topapi/v2/user/get} their e-mail when the application may read it.
 */
@Component
class DingTalkIdentities extends ChatAppAdapter {

	DingTalkIdentities(ChatAppEndpoints endpoints, JsonMapper json, Clock clock) {
		super(endpoints, json, clock);
	}

	@Override
	public IdentityProvider app() {
		return IdentityProvider.DINGTALK;
	}

	@Override
	public AppIdentity identify(ChatAppCredentials credentials, String code) {
		String token = accessToken(credentials);
		JsonNode user = ChatAppHttp.ok(http.post(uri("/topapi/v2/user/getuserinfo", token), Map.of("code", code),
				endpoints.timeout()), "DingTalk getuserinfo", CODE_REFUSED);
		String userId = user.at("/result/userid").asString("");
		if (userId.isBlank()) {
			throw new ChatAppException("DingTalk getuserinfo named no user", CODE_REFUSED);
		}
		return new AppIdentity(userId, emailOf(token, userId));
	}

	@Override
	protected Map.Entry<String, Long> fetchToken(ChatAppCredentials credentials) {
		JsonNode answer = ChatAppHttp.ok(http.get(URI.create(endpoints.dingtalkApi() + "/gettoken?appkey="
				+ encoded(credentials.appId()) + "&appsecret=" + encoded(credentials.secret())), endpoints.timeout()),
				"DingTalk gettoken", APP_REFUSED);
		return Map.entry(answer.path("access_token").asString(""), answer.path("expires_in").asLong(7200));
	}

	/** The company e-mail, else the personal one; null when the application may read neither. */
	private String emailOf(String token, String userId) {
		try {
			JsonNode result = ChatAppHttp.ok(http.post(uri("/topapi/v2/user/get", token), Map.of("userid", userId),
					endpoints.timeout()), "DingTalk user/get", APP_REFUSED).path("result");
			return email(result.path("org_email").asString(""), result.path("email").asString(""));
		}
		catch (ChatAppException ex) {
			return null;
		}
	}

	private URI uri(String path, String token) {
		return URI.create(endpoints.dingtalkApi() + path + "?access_token=" + encoded(token));
	}
}
