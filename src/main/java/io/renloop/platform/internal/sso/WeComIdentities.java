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
 * WeCom (企业微信) web authorization: {@code /cgi-bin/gettoken?corpid&corpsecret} gives the application's access
 * token, {@code /cgi-bin/auth/getuserinfo?access_token&code} the member's {@code userid} (an outsider gets an
 * {@code openid} only and is refused), and {@code /cgi-bin/user/get} the member's e-mail when the application may
 * read it.
 */
@Component
class WeComIdentities extends ChatAppAdapter {

	WeComIdentities(ChatAppEndpoints endpoints, JsonMapper json, Clock clock) {
		super(endpoints, json, clock);
	}

	@Override
	public IdentityProvider app() {
		return IdentityProvider.WECOM;
	}

	@Override
	public AppIdentity identify(ChatAppCredentials credentials, String code) {
		String token = accessToken(credentials);
		JsonNode user = ChatAppHttp.ok(http.get(uri("/cgi-bin/auth/getuserinfo?access_token=" + encoded(token)
				+ "&code=" + encoded(code)), endpoints.timeout()), "WeCom getuserinfo", CODE_REFUSED);
		String userId = user.path("userid").asString("");
		if (userId.isBlank()) {
			throw new ChatAppException("WeCom getuserinfo named no member (an outsider's openid only)", CODE_REFUSED);
		}
		return new AppIdentity(userId, emailOf(token, userId));
	}

	@Override
	protected Map.Entry<String, Long> fetchToken(ChatAppCredentials credentials) {
		JsonNode answer = ChatAppHttp.ok(http.get(uri("/cgi-bin/gettoken?corpid=" + encoded(credentials.appId())
				+ "&corpsecret=" + encoded(credentials.secret())), endpoints.timeout()), "WeCom gettoken", APP_REFUSED);
		return Map.entry(answer.path("access_token").asString(""), answer.path("expires_in").asLong(7200));
	}

	/** The corporate mailbox, else the e-mail of the member's profile; null when the application may read neither. */
	private String emailOf(String token, String userId) {
		try {
			JsonNode member = ChatAppHttp.ok(http.get(uri("/cgi-bin/user/get?access_token=" + encoded(token)
					+ "&userid=" + encoded(userId)), endpoints.timeout()), "WeCom user/get", APP_REFUSED);
			return email(member.path("biz_mail").asString(""), member.path("email").asString(""));
		}
		catch (ChatAppException ex) {
			return null;
		}
	}

	private URI uri(String pathAndQuery) {
		return URI.create(endpoints.wecomApi() + pathAndQuery);
	}
}
