package io.renloop.openplatform.web;

import io.renloop.openplatform.OAuthTokens;
import io.renloop.openplatform.OAuthTokens.OAuthError;
import io.renloop.openplatform.OAuthTokens.TokenGrant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth2 token endpoint for the client-credentials grant (RFC 6749 section 4.4): the client authenticates by
 * HTTP Basic or by {@code client_id} and {@code client_secret} in the form (never both). Errors follow section 5.2
 * ({@code error} plus a translated {@code error_description}), which is what OAuth2 client libraries read; they are
 * logged without secrets.
 */
@RestController
class TokenEndpointController {

	private static final Logger log = LoggerFactory.getLogger(TokenEndpointController.class);

	private final OAuthTokens tokens;

	private final MessageSource messages;

	TokenEndpointController(OAuthTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TokenGrant> token(@RequestBody(required = false) MultiValueMap<String, String> form,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		Map<String, String> fields = form == null ? Map.of() : form.toSingleValueMap();
		if (!"client_credentials".equals(fields.get("grant_type"))) {
			throw fields.get("grant_type") == null
					? new OAuthError(400, "invalid_request", "oauth.token.invalidRequest")
					: new OAuthError(400, "unsupported_grant_type", "oauth.token.unsupportedGrant");
		}
		String[] client = credentials(authorization, fields);
		TokenGrant grant = tokens.issue(client[0], client[1], fields.get("scope"));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(grant);
	}

	/** The client's id and secret from exactly one of the two places. */
	private static String[] credentials(String authorization, Map<String, String> fields) {
		boolean inForm = fields.containsKey("client_id") || fields.containsKey("client_secret");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			if (inForm) {
				throw new OAuthError(400, "invalid_request", "oauth.token.invalidRequest");
			}
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon < 0) {
					throw new OAuthError(401, "invalid_client", "oauth.token.invalidClient");
				}
				// RFC 6749 section 2.3.1: both parts are form-url-encoded before they are joined
				return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
						URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
			}
			catch (IllegalArgumentException ex) {
				throw new OAuthError(401, "invalid_client", "oauth.token.invalidClient");
			}
		}
		if (fields.get("client_id") == null || fields.get("client_secret") == null) {
			throw new OAuthError(401, "invalid_client", "oauth.token.invalidClient");
		}
		return new String[] { fields.get("client_id"), fields.get("client_secret") };
	}

	@ExceptionHandler(OAuthError.class)
	ResponseEntity<Map<String, Object>> error(OAuthError error) {
		log.info("Token request refused: {}", error.error());
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error.error());
		body.put("error_description", messages.getMessage(error.messageKey(), null, error.messageKey(), locale));
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(error.status())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON);
		if (error.status() == 401) {
			answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"renloop\"");
		}
		return answer.body(body);
	}
}
