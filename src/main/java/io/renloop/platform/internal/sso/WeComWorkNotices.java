package io.renloop.platform.internal.sso;

import static io.renloop.platform.internal.sso.ChatAppException.Kind.APP_REFUSED;

import java.net.URI;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * WeCom (企业微信) application messages: {@code POST /cgi-bin/message/send?access_token} with a text card
 * ({@code touser}, {@code agentid}, title, description, the link and its button). WeCom answers errcode 0 also when
 * some recipients are not members of the application and names them in {@code invaliduser}: that is a failure.
 */
@Component
class WeComWorkNotices extends ChatAppNotices {

	WeComWorkNotices(WeComIdentities wecom, ChatAppConfigurations configurations, SsoLinks links) {
		super(wecom, configurations, links);
	}

	@Override
	void send(ChatAppAdapter app, String accessToken, String agentId, NoticeEnvelope envelope) {
		Map<String, Object> body = Map.of("touser", envelope.address(), "msgtype", "textcard", "agentid",
				agentNumber(agentId), "textcard", Map.of("title", envelope.title(), "description", envelope.text(),
						"url", envelope.url(), "btntxt", envelope.openLabel()));
		JsonNode answer = ChatAppHttp.ok(app.http.post(URI.create(app.endpoints.wecomApi()
				+ "/cgi-bin/message/send?access_token=" + ChatAppAdapter.encoded(accessToken)), body,
				app.endpoints.timeout()), "WeCom message/send", APP_REFUSED);
		String invalid = answer.path("invaliduser").asString("");
		if (!invalid.isBlank()) {
			throw new ChatAppException("WeCom message/send: the user is not a member of the application", APP_REFUSED);
		}
	}
}
