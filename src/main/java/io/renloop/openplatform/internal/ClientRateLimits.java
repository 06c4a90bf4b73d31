package io.renloop.openplatform.internal;

import io.renloop.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the API calls of each OAuth2 client with a token bucket in this node's memory (per node: behind a load
 * balancer of n nodes a client gets up to n times the rate). A call over the limit is a {@code 429} problem with
 * {@code Retry-After} in seconds. Personal tokens and page sessions are not limited here.
 */
class ClientRateLimits implements HandlerInterceptor {

	private final OAuthProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final LongSupplier nanos;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	ClientRateLimits(OAuthProperties properties, MessageSource messages, JsonMapper json, LongSupplier nanos) {
		this.properties = properties;
		this.messages = messages;
		this.json = json;
		this.nanos = nanos;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		String client = CurrentUser.find()
			.map(CurrentUser::email)
			.filter(actor -> actor.startsWith(ClientCredentials.ACTOR_PREFIX))
			.orElse(null);
		if (client == null || properties.rateLimit() <= 0) {
			return true;
		}
		Duration wait = take(client);
		if (wait.isZero()) {
			return true;
		}
		refuse(request, response, Math.max(1, (wait.toMillis() + 999) / 1000));
		return false;
	}

	/** Takes one request from the client's bucket; @return how long to wait when none is left. */
	Duration take(String client) {
		long now = nanos.getAsLong();
		if (buckets.size() > 10_000) {
			buckets.values().removeIf(bucket -> bucket.fullAt(now));
		}
		TokenBucket bucket = buckets.computeIfAbsent(client,
				key -> new TokenBucket(properties.rateLimit(), Math.max(1, properties.ratePerMinute()), now));
		synchronized (bucket) {
			return bucket.take(now);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatus(429);
		problem.setType(URI.create("https://renloop.io/problems/rate-limit"));
		problem.setTitle(messages.getMessage("oauth.rateLimit.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("oauth.rateLimit.detail", new Object[] { retryAfterSeconds },
				LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
