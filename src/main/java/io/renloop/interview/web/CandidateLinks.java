package io.renloop.interview.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of a candidate's interview page: {@code renloop.interview.base-url} when set (the address
 * candidates reach the installation at), else the address of the current request.
 */
@Component
class CandidateLinks {

	private final String baseUrl;

	CandidateLinks(@Value("${renloop.interview.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	String url(String token) {
		String base = StringUtils.hasText(baseUrl) ? baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + "/interview/" + token;
	}
}
