package io.renloop.openplatform.internal;

import io.renloop.platform.InvalidFieldsException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL of a new subscription: absolute http or https, with a host and without credentials (they would be kept in
 * clear), and the host resolving only to addresses the {@link TargetGuard} allows. A bad URL is a 400 on field
 * {@code url}.
 */
final class WebhookUrls {

	static final int MAX_LENGTH = 2000;

	private final TargetGuard guard;

	WebhookUrls(TargetGuard guard) {
		this.guard = guard;
	}

	/** The URL as it will be called. */
	URI check(String url) {
		URI uri = parse(url);
		try {
			guard.checkedAddresses(uri.getHost());
		}
		catch (TargetGuard.RefusedTarget ex) {
			throw InvalidFieldsException.of("url",
					ex.resolved() ? "webhook.url.notAllowed" : "webhook.url.unresolvable");
		}
		return uri;
	}

	static URI parse(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
			throw invalid();
		}
		try {
			URI uri = new URI(url.trim());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
				throw invalid();
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw invalid();
		}
	}

	private static InvalidFieldsException invalid() {
		return InvalidFieldsException.of("url", "webhook.url.invalid");
	}
}
