package io.renloop.onboarding.web;

import io.renloop.onboarding.CandidateOffers.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.StringUtils;

/** Where a candidate's request came from: the first X-Forwarded-For entry behind a proxy, else the peer. */
final class ClientAddress {

	private ClientAddress() {
	}

	static ClientInfo of(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		String ip = StringUtils.hasText(forwarded) ? forwarded.split(",")[0].strip() : request.getRemoteAddr();
		String agent = request.getHeader("User-Agent");
		return new ClientInfo(truncate(ip, 64), truncate(agent, 500));
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
