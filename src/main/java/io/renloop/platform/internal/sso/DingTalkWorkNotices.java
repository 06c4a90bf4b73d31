package io.renloop.platform.internal.sso;

import static io.renloop.platform.internal.sso.ChatAppException.Kind.APP_REFUSED;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * DingTalk (钉钉) work notifications: {@code POST /topapi/message/corpconversation/asyncsend_v2?access_token} with
 * an action card ({@code agent_id}, {@code userid_list}, title, markdown, one button). The button's link is
 * DingTalk's {@code dingtalk://dingtalkclient/page/link} address, which opens the page in DingTalk's in-app browser
 * (in the side panel on the desktop client) rather than in an outside browser.
 */
@Component
class DingTalkWorkNotices extends ChatAppNotices {

	DingTalkWorkNotices(DingTalkIdentities dingtalk, ChatAppConfigurations configurations, SsoLinks links) {
		super(dingtalk, configurations, links);
	}

	@Override
	void send(ChatAppAdapter app, String accessToken, String agentId, NoticeEnvelope envelope) {
		String inApp = "dingtalk://dingtalkclient/page/link?pc_slide=true&url="
				+ URLEncoder.encode(envelope.url(), StandardCharsets.UTF_8);
		Map<String, Object> card = Map.of("title", envelope.title(), "markdown",
				"### " + envelope.title() + "\n\n" + envelope.text(), "single_title", envelope.openLabel(),
				"single_url", inApp);
		Map<String, Object> body = Map.of("agent_id", agentNumber(agentId), "userid_list", envelope.address(), "msg",
				Map.of("msgtype", "action_card", "action_card", card));
		ChatAppHttp.ok(app.http.post(URI.create(app.endpoints.dingtalkApi()
				+ "/topapi/message/corpconversation/asyncsend_v2?access_token=" + ChatAppAdapter.encoded(accessToken)),
				body, app.endpoints.timeout()), "DingTalk asyncsend_v2", APP_REFUSED);
	}
}
