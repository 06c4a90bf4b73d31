package io.renloop.platform.internal;

import io.renloop.platform.SmsMessage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends text messages through an HTTP SMS gateway ({@code renloop.sms.*}): a JSON {@code POST} of
 * {@code {"to","text","sign"}} with the API key as bearer token; any 2xx answer counts as accepted. Vendor APIs
 * (Aliyun, Tencent Cloud …) sit behind a small relay that speaks this shape.
 */
@Component
class HttpSmsGateway {

	private final SmsProperties properties;

	private final JsonMapper json;

	private final JsonPost post;

	HttpSmsGateway(SmsProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.post = new JsonPost(properties.connectTimeout(), properties.timeout());
	}

	TextDelivery deliver(SmsMessage message) {
		if (!properties.configured()) {
			return TextDelivery.notConfigured("renloop.sms.url");
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", message.to());
		body.put("text", message.text());
		body.put("sign", properties.sender());
		return post.send(URI.create(properties.url().strip()), json.writeValueAsString(body), properties.apiKey(),
				answer -> TextDelivery.sent());
	}
}
