package io.renloop.platform.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server standing in for an outside service (SMS gateway, WeCom webhook): it keeps every request and
 * answers with the status, body and delay the test set last.
 */
final class StubHttpServer implements AutoCloseable {

	/** One request as the server received it. */
	record Received(String method, URI uri, String authorization, String contentType, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private volatile int status = 200;

	private volatile String answer = "{}";

	private volatile Duration delay = Duration.ZERO;

	StubHttpServer() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/", this::handle);
		// a slow answer (timeout tests) must not hold up the requests of the next test
		server.setExecutor(executor);
		server.start();
	}

	/** The address of {@code path} on this server. */
	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	StubHttpServer answering(int status, String body) {
		this.status = status;
		this.answer = body;
		this.delay = Duration.ZERO;
		return this;
	}

	StubHttpServer answeringAfter(Duration delay) {
		this.delay = delay;
		return this;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	void forget() {
		received.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			if (!delay.isZero()) {
				Thread.sleep(delay.toMillis());
			}
			byte[] body = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			if (body.length > 0) {
				exchange.getResponseBody().write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client gave up (a timeout test): nothing to answer
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
