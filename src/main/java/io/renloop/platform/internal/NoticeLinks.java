package io.renloop.platform.internal;

import io.renloop.platform.MessageChannel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a notice's link in each channel. Inside WeCom the link goes through WeCom's web
 * authorization ({@code /sso/wecom/{tenant}?target=…}), so that the item opens in the in-app browser signed in;
 * elsewhere it is the page itself, which asks for sign-in when needed.
 */
@Component
class NoticeLinks {

	private final String baseUrl;

	NoticeLinks(@Value("${renloop.notices.base-url:http://localhost:8080}") String baseUrl) {
		String trimmed = baseUrl.strip();
		this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	String urlFor(MessageChannel channel, String tenantId, String path) {
		if (channel == MessageChannel.WECOM) {
			return baseUrl + "/sso/wecom/" + encoded(tenantId) + "?target=" + encoded(path);
		}
		return baseUrl + path;
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
