package io.renloop.platform.internal.sso;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The addresses of WeCom's and DingTalk's servers, from operator settings ({@code renloop.sso.*}): the public
 * clouds by default, a private deployment of WeCom or a local stub otherwise. Read on every call, so that a changed
 * setting applies at once (tests point them at their stub servers).
 */
@Component
class ChatAppEndpoints {

	private final Environment environment;

	ChatAppEndpoints(Environment environment) {
		this.environment = environment;
	}

	/** WeCom's API, e.g. {@code https://qyapi.weixin.qq.com}. */
	String wecomApi() {
		return trimmed("renloop.sso.wecom-api-url", "https://qyapi.weixin.qq.com");
	}

	/** WeCom's web authorization page, to which the browser goes for a code. */
	String wecomAuthorize() {
		return trimmed("renloop.sso.wecom-authorize-url", "https://open.weixin.qq.com/connect/oauth2/authorize");
	}

	/** DingTalk's API, e.g. {@code https://oapi.dingtalk.com}. */
	String dingtalkApi() {
		return trimmed("renloop.sso.dingtalk-api-url", "https://oapi.dingtalk.com");
	}

	/** How long one call to WeCom or DingTalk may take. */
	Duration timeout() {
		return environment.getProperty("renloop.sso.timeout", Duration.class, Duration.ofSeconds(10));
	}

	private String trimmed(String property, String fallback) {
		String value = environment.getProperty(property, fallback).strip();
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}
}
