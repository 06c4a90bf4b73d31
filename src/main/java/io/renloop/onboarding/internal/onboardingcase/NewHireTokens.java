package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.platform.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tokens of new hires' links: 256 random bits, kept only as their SHA-256 hash, so that the table never
 * holds a usable link. A token is looked up across tenants (the link carries no login) and then names its case's
 * tenant.
 */
@Component
class NewHireTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	NewHireTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @throws BusinessRuleException 404 for a token of no case */
	Subject subject(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			throw new BusinessRuleException(404, "onboarding.link.invalid");
		}
		List<Subject> found = jdbc.query(
				"select tenant_id, id from onboarding.onboarding_case where token_hash = ? and status in ('OPEN', 'SUBMITTED')",
				(rs, row) -> new Subject(rs.getString(1), rs.getObject(2, UUID.class)), hash(token));
		if (found.isEmpty()) {
			throw new BusinessRuleException(404, "onboarding.link.invalid");
		}
		return found.get(0);
	}

	record Subject(String tenantId, UUID caseId) {
	}
}
