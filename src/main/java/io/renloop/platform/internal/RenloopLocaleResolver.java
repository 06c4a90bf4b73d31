package io.renloop.platform.internal;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantAdministration;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language: an explicit choice (the UI switch, kept in a cookie) first, then the user's
 * stored preference, then {@code Accept-Language}; zh-CN and en are supported, en is the fallback. On the API
 * ({@code /api/**}) a supported {@code Accept-Language} comes before the stored preference: an API client that
 * names a language asks for it explicitly, while browsers send the header on every page.
 */
class RenloopLocaleResolver implements LocaleResolver {

	static final String COOKIE = "renloop-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final ObjectProvider<TenantAdministration> administration;

	RenloopLocaleResolver(ObjectProvider<TenantAdministration> administration) {
		this.administration = administration;
	}

	private static final String CHOSEN = RenloopLocaleResolver.class.getName() + ".CHOSEN";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(Locale.forLanguageTag(cookie.getValue()));
				}
			}
		}
		Locale asked = acceptLanguage(request.getHeader("Accept-Language"));
		if (asked != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return asked;
		}
		String preference = CurrentUser.find().map(CurrentUser::locale).orElse(null);
		if (preference != null) {
			return supported(Locale.forLanguageTag(preference));
		}
		return asked == null ? Locale.ENGLISH : asked;
	}

	private static Locale acceptLanguage(String header) {
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (match != null) {
					return match;
				}
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					if (range.getRange().startsWith("zh")) {
						return Locale.SIMPLIFIED_CHINESE;
					}
					if (range.getRange().startsWith("en")) {
						return Locale.ENGLISH;
					}
				}
			}
			catch (IllegalArgumentException ignored) {
				// a malformed header falls back to the default
			}
		}
		return null;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale);
		request.setAttribute(CHOSEN, chosen);
		Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		if (response != null) {
			response.addCookie(cookie);
		}
		if (CurrentUser.find().isPresent()) {
			administration.getObject().changeMyLocale(chosen.toLanguageTag());
		}
	}

	static Locale supported(Locale locale) {
		if (locale != null && "zh".equals(locale.getLanguage())) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		return Locale.ENGLISH;
	}
}
