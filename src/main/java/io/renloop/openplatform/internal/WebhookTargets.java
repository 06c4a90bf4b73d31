package io.renloop.openplatform.internal;

import java.net.InetAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guard against internal targets, with the JDK's resolver and the operator's setting, for subscribing and sending. */
@Configuration(proxyBeanMethods = false)
class WebhookTargets {

	@Bean
	TargetGuard webhookTargetGuard(WebhookProperties properties) {
		return new TargetGuard(properties.allowPrivateTargets(), InetAddress::getAllByName);
	}

	@Bean
	WebhookUrls webhookUrls(TargetGuard webhookTargetGuard) {
		return new WebhookUrls(webhookTargetGuard);
	}
}
