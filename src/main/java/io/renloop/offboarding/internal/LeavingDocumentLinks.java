package io.renloop.offboarding.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The leaver's links to their documents: 256 random bits (base64url), valid 90 days from the last day's end. The
 * case keeps the SHA-256 of the token to find it and a copy sealed with the PII key so that HR can show the link
 * again. Finding a token is the one query that searches every tenant (by that unique hash); an unknown, malformed or
 * expired token is a 404 that says nothing more.
 */
@Component
class LeavingDocumentLinks {

	static final Duration VALIDITY = Duration.ofDays(90);

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	LeavingDocumentLinks(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A new link of the case valid from {@code now}, or empty when the case has one already. */
	Optional<String> issue(String tenantId, UUID caseId, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		int inserted = jdbc.update("""
				insert into offboarding.leaving_document_link (case_id, tenant_id, token_hash, token_sealed, expires_at,
				created_at) values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""", caseId, tenantId,
				hash(token), cipher.encrypt(token), Timestamp.from(now.plus(VALIDITY)), Timestamp.from(now));
		return inserted == 1 ? Optional.of(token) : Optional.empty();
	}

	/** The case's link (its token and end) for HR. */
	Optional<Link> of(String tenantId, UUID caseId) {
		return jdbc.query("select token_sealed, expires_at from offboarding.leaving_document_link "
				+ "where tenant_id = ? and case_id = ?", (rs, i) -> new Link(cipher.decrypt(rs.getBytes(1)),
						rs.getTimestamp(2).toInstant()), tenantId, caseId).stream().findFirst();
	}

	/** The tenant and case of a token still valid at {@code now}. */
	Located locate(String token, Instant now) {
		if (token == null || !FORMAT.matcher(token).matches()) {
			throw unknown();
		}
		return jdbc.query("select tenant_id, case_id, expires_at from offboarding.leaving_document_link "
				+ "where token_hash = ?", (rs, i) -> new Located(rs.getString(1), rs.getObject(2, UUID.class),
						rs.getTimestamp(3).toInstant()), hash(token))
			.stream()
			.filter(located -> now.isBefore(located.expiresAt()))
			.findFirst()
			.orElseThrow(LeavingDocumentLinks::unknown);
	}

	private static String hash(String token) {
		return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
	}

	static BusinessRuleException unknown() {
		return new BusinessRuleException(404, "offboarding.documents.linkInvalid");
	}

	record Link(String token, Instant expiresAt) {
	}

	record Located(String tenantId, UUID caseId, Instant expiresAt) {
	}
}
