package io.renloop.platform.internal;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the ids of a request into the logging context (MDC), so that every log line it causes carries them and JSON
 * logs can be searched by them: {@code requestId} (the caller's {@code X-Request-Id} when it looks like an id, else a
 * new one; always echoed back), and once the request is authenticated {@code tenantId} and {@code userId} (the
 * login's id, never its e-mail or name). Two filters: {@link #outermost()} around everything, {@link #signedIn()}
 * after Spring Security. At DEBUG each request ends with one line: method, route pattern (never the path, which may
 * carry a candidate's token), status and time.
 */
final class RequestLogContext {

	static final String HEADER = "X-Request-Id";

	static final String REQUEST_ID = "requestId";

	static final String USER_ID = "userId";

	/** A caller's id is taken as it is only when it cannot smuggle anything into the logs. */
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final Logger log = LoggerFactory.getLogger(RequestLogContext.class);

	private RequestLogContext() {
	}

	static OncePerRequestFilter outermost() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String given = request.getHeader(HEADER);
				String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
				MDC.put(REQUEST_ID, requestId);
				response.setHeader(HEADER, requestId);
				long started = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					log.debug("{} {} answered {} in {} ms", request.getMethod(), route(request), response.getStatus(),
							(System.nanoTime() - started) / 1_000_000);
					MDC.remove(REQUEST_ID);
					MDC.remove(TenantContext.LOG_KEY);
					MDC.remove(USER_ID);
				}
			}

			@Override
			protected boolean shouldNotFilterAsyncDispatch() {
				return false;
			}
		};
	}

	static OncePerRequestFilter signedIn() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				CurrentUser.find().ifPresent(user -> {
					MDC.put(TenantContext.LOG_KEY, user.tenantId());
					MDC.put(USER_ID, user.userId().toString());
				});
				chain.doFilter(request, response);
			}
		};
	}

	private static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return pattern != null ? pattern.toString() : "(no route)";
	}
}
