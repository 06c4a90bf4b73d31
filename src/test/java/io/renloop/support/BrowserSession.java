package io.renloop.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, does not follow redirects, and signs in through the
 * login form with the CSRF token the login page carries.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public BrowserSession(int port) {
		this("localhost", port);
	}

	/** A browser on another address of this machine, e.g. {@code 127.0.0.2}: a different source address. */
	public BrowserSession(String host, int port) {
		this.baseUrl = "http://" + host + ":" + port;
	}

	public Page get(String path) {
		return get(path, "text/html");
	}

	/** A GET accepting the given media types, as a browser asks for what a link leads to, e.g. text or PDF. */
	public Page get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET().build());
	}

	/**
	 * Follows a redirect: a path on this site, or an absolute address on another server (an identity provider),
	 * keeping the cookies of each.
	 */
	public Page follow(String location) {
		URI target = location.startsWith("/") ? URI.create(baseUrl + location) : URI.create(location);
		return send(HttpRequest.newBuilder(target).header("Accept", "text/html").GET().build());
	}

	/** A GET of an image or another file the page links to: the bytes as sent, not decoded as text. */
	public ApiClient.Binary getBinary(String path, String accept) {
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Accept", accept)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new ApiClient.Binary(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Page postForm(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** Posts a ready-made body, e.g. multipart/form-data with the page's CSRF token among its fields. */
	public Page post(String path, byte[] body, String contentType) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** Submits the login form, with the CSRF token of a freshly loaded login page. */
	public Page signIn(String email, String password) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", email);
		fields.put("password", password);
		fields.put("_csrf", csrfTokenOf(get("/login")));
		return postForm("/login", fields);
	}

	public static String csrfTokenOf(Page page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page: " + page.body());
		}
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An HTTP answer; {@code location} is the redirect target or empty. */
	public record Page(int status, String body, String location) {
	}
}
