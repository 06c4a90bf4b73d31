package io.renloop.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP SMS gateway. Off (messages recorded as NOT_CONFIGURED) while {@code url} is empty.
 *
 * @param url the gateway's address that takes {@code POST {"to","text","sign"}}
 * @param apiKey sent as a bearer token when set
 * @param sender the sign name (签名) the gateway puts in front of the text, e.g. {@code 【Renloop】}
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long one message may take
 */
@ConfigurationProperties("renloop.sms")
public record SmsProperties(@DefaultValue("") String url, @DefaultValue("") String apiKey,
		@DefaultValue("Renloop") String sender, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration timeout) {

	boolean configured() {
		return !url.isBlank();
	}
}
