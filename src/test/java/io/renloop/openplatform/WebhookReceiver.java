package io.renloop.openplatform;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback (the JDK's HTTP server) for tests: it keeps every request it gets and answers with
 * the queued status codes, then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** One request as it arrived: the raw body and the headers a receiver checks. */
	public record Received(Instant at, String signature, String eventType, String deliveryId, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private int otherwise = 200;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	public static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/", exchange -> {
				byte[] body;
				try (InputStream in = exchange.getRequestBody()) {
					body = in.readAllBytes();
				}
				receiver.received.add(new Received(Instant.now(),
						exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
						exchange.getRequestHeaders().getFirst("X-Renloop-Event"),
						exchange.getRequestHeaders().getFirst("X-Renloop-Delivery"), body));
				exchange.sendResponseHeaders(receiver.nextStatus(), -1);
				exchange.close();
			});
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The URL to subscribe, on the loopback address. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	/** Answers the next requests with these statuses, then with 200. */
	public synchronized WebhookReceiver answering(Integer... codes) {
		statuses.addAll(List.of(codes));
		return this;
	}

	/** Answers every request with this status until told otherwise. */
	public synchronized WebhookReceiver alwaysAnswering(int code) {
		statuses.clear();
		otherwise = code;
		return this;
	}

	private synchronized int nextStatus() {
		return statuses.isEmpty() ? otherwise : statuses.poll();
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	/** The requests of one event type. */
	public List<Received> received(String eventType) {
		return received.stream().filter(r -> eventType.equals(r.eventType())).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
