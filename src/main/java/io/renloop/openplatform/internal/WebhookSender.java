package io.renloop.openplatform.internal;

import io.renloop.openplatform.WebhookSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts a signed webhook body. The connection goes only to addresses the {@link TargetGuard} has just checked: the
 * client resolves host names through the guard, so a name that has come to point at an internal address since the
 * subscription was made is refused, and no redirect is followed. Never throws: every failure becomes an
 * {@link Outcome}.
 */
@Component
class WebhookSender implements DisposableBean {

	/** What became of one attempt: the receiver's status, or the error when none came. */
	record Outcome(Integer statusCode, String error, int durationMs) {

		boolean succeeded() {
			return statusCode != null && statusCode >= 200 && statusCode < 300;
		}
	}

	private final CloseableHttpClient http;

	private final Clock clock;

	WebhookSender(TargetGuard guard, WebhookProperties properties, Clock clock) {
		this.clock = clock;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new GuardedResolver(guard))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(properties.connectTimeout()))
					.setSocketTimeout(Timeout.of(properties.responseTimeout()))
					.build())
				.setMaxConnTotal(20)
				.setMaxConnPerRoute(4)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.of(properties.responseTimeout()))
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent("Renloop-Webhooks/1")
			.build();
	}

	Outcome send(String url, String secret, UUID deliveryId, String eventType, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		long started = System.nanoTime();
		try {
			HttpPost post = new HttpPost(URI.create(url));
			post.setHeader(WebhookSignature.HEADER,
					WebhookSignature.header(secret, clock.instant().getEpochSecond(), bytes));
			post.setHeader("X-Renloop-Event", eventType);
			post.setHeader("X-Renloop-Delivery", deliveryId.toString());
			post.setEntity(new ByteArrayEntity(bytes, ContentType.APPLICATION_JSON));
			int status = http.execute(post, response -> {
				EntityUtils.consume(response.getEntity());
				return response.getCode();
			});
			return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, since(started));
		}
		catch (TargetGuard.RefusedTarget ex) {
			return new Outcome(null, "refused: " + ex.getMessage(), since(started));
		}
		catch (IOException | RuntimeException ex) {
			// the exception's class and message, never the body or the secret
			return new Outcome(null, cut(ex.getClass().getSimpleName() + ": " + ex.getMessage()), since(started));
		}
	}

	@Override
	public void destroy() throws IOException {
		http.close();
	}

	private static int since(long started) {
		return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
	}

	private static String cut(String text) {
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

	/** Resolves through the guard: the connection uses exactly the addresses it allowed. */
	private record GuardedResolver(TargetGuard guard) implements DnsResolver {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			return guard.checkedAddresses(host).toArray(InetAddress[]::new);
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			return resolve(host)[0].getCanonicalHostName();
		}
	}
}
