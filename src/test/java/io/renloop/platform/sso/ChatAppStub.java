package io.renloop.platform.sso;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * WeCom's and DingTalk's servers on a local port: each path answers the JSON the test set for it (errcode 0 and
 * nothing else by default), and every request is kept.
 */
public final class ChatAppStub implements AutoCloseable {

	/** One request as the stub received it. */
	public record Received(String method, URI uri, String body) {
	}

	private final HttpServer server;

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	public ChatAppStub() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/", this::handle);
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public ChatAppStub answer(String path, String json) {
		answers.put(path, json);
		return this;
	}

	public List<Received> received(String path) {
		return received.stream().filter(r -> r.uri().getPath().equals(path)).toList();
	}

	public void reset() {
		answers.clear();
		received.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			byte[] body = answers.getOrDefault(exchange.getRequestURI().getPath(), "{\"errcode\":0}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
