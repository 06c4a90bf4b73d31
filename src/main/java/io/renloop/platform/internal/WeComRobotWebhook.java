package io.renloop.platform.internal;

import io.renloop.platform.RobotMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts text messages to a WeCom (企业微信) group robot's webhook: {@code {"msgtype":"text","text":{"content":…}}}.
 * WeCom answers HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; another errcode is a failure.
 */
@Component
class WeComRobotWebhook {

	private final RobotProperties properties;

	private final JsonMapper json;

	private final JsonPost post;

	WeComRobotWebhook(RobotProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.post = new JsonPost(properties.connectTimeout(), properties.timeout());
	}

	TextDelivery deliver(RobotMessage message) {
		String webhook = webhookOf(message);
		if (webhook == null) {
			return TextDelivery.notConfigured("renloop.robot.wecom-webhook");
		}
		String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", message.text())));
		return post.send(URI.create(webhook), body, null, this::judge);
	}

	/** How the recipient is shown in records and the outbox: the group robot's key is a secret, so shortened. */
	static String recipientOf(RobotMessage message) {
		if (message.webhookKey() == null) {
			return "wecom:" + message.tenantId();
		}
		String key = message.webhookKey();
		return "wecom:" + key.substring(0, Math.min(4, key.length())) + "…";
	}

	private String webhookOf(RobotMessage message) {
		if (message.webhookKey() == null) {
			return properties.webhookOf(message.tenantId());
		}
		return properties.wecomBaseUrl().strip() + "?key="
				+ URLEncoder.encode(message.webhookKey(), StandardCharsets.UTF_8);
	}

	private TextDelivery judge(String answer) {
		if (answer == null || answer.isBlank()) {
			return TextDelivery.sent();
		}
		try {
			JsonNode reply = json.readTree(answer);
			int errcode = reply.path("errcode").asInt(0);
			return errcode == 0 ? TextDelivery.sent()
					: TextDelivery.failed("errcode " + errcode + ": " + reply.path("errmsg").asString(""));
		}
		catch (JacksonException ex) {
			return TextDelivery.failed("not a WeCom answer" + JsonPost.excerpt(answer));
		}
	}
}
