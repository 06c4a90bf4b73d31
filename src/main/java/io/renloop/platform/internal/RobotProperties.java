package io.renloop.platform.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WeCom (企业微信) group robots. A message goes to the webhook of its tenant ({@code tenant-webhooks.<tenantId>}),
 * else to the global {@code wecom-webhook}; a message that names a group robot's key goes to
 * {@code wecom-base-url?key=…}. Off (messages recorded as NOT_CONFIGURED) when no webhook applies.
 *
 * @param wecomWebhook the full webhook address of the robot for every tenant without one of its own
 * @param tenantWebhooks webhook addresses per tenant id
 * @param wecomBaseUrl the webhook address without {@code ?key=}, for messages to a named group robot
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long one message may take
 */
@ConfigurationProperties("renloop.robot")
public record RobotProperties(@DefaultValue("") String wecomWebhook, Map<String, String> tenantWebhooks,
		@DefaultValue("https://qyapi.weixin.qq.com/cgi-bin/webhook/send") String wecomBaseUrl,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration timeout) {

	public RobotProperties {
		tenantWebhooks = tenantWebhooks == null ? Map.of() : Map.copyOf(tenantWebhooks);
	}

	/** The webhook of the tenant's robot, or of the global one; null when neither is set. */
	String webhookOf(String tenantId) {
		String own = tenantWebhooks.get(tenantId);
		if (own != null && !own.isBlank()) {
			return own.strip();
		}
		return wecomWebhook.isBlank() ? null : wecomWebhook.strip();
	}
}
