package io.renloop.onboarding.internal.offer;

import io.renloop.platform.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tokens of candidates' offer links: 256 random bits, base64url. The offer keeps the SHA-256 of its token
 * to find it again; the lookup is the one query that searches every tenant (by that unique hash), and all work
 * after it runs in the offer's tenant. An unknown or malformed token is a 404.
 */
@Component
class CandidateLinkTokens {

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	CandidateLinkTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String issue() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tenant and offer a token stands for. */
	Located locate(String token) {
		if (token == null || !FORMAT.matcher(token).matches()) {
			throw unknown();
		}
		return jdbc.query("select tenant_id, id from onboarding.offer where token_hash = ?",
				(rs, i) -> new Located(rs.getString(1), rs.getObject(2, UUID.class)), hash(token))
			.stream()
			.findFirst()
			.orElseThrow(CandidateLinkTokens::unknown);
	}

	static BusinessRuleException unknown() {
		return new BusinessRuleException(404, "onboarding.offer.link.invalid");
	}

	record Located(String tenantId, UUID offerId) {
	}
}
