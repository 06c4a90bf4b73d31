package io.renloop.openplatform.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Puts the OAuth2 clients' rate limit in front of every API call. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final ClientRateLimits limits;

	RateLimitConfiguration(OAuthProperties properties, MessageSource messages, JsonMapper json) {
		this.limits = new ClientRateLimits(properties, messages, json, System::nanoTime);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(limits).addPathPatterns("/api/**");
	}
}
