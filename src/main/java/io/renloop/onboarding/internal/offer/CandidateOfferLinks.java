package io.renloop.onboarding.internal.offer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of a candidate's offer page: {@code renloop.onboarding.base-url} when set (the address candidates
 * reach the installation at), else the current request's, else {@code http://localhost:<port>} (links mailed by
 * background work when nothing is configured).
 */
@Component
class CandidateOfferLinks {

	private final String baseUrl;

	private final String fallback;

	CandidateOfferLinks(@Value("${renloop.onboarding.base-url:}") String baseUrl,
			@Value("${server.port:8080}") String port) {
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
		this.fallback = "http://localhost:" + port;
	}

	String url(String token) {
		return base() + "/offer/" + token;
	}

	private String base() {
		if (StringUtils.hasText(baseUrl)) {
			return baseUrl;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return fallback;
	}
}
