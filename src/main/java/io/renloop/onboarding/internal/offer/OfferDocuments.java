package io.renloop.onboarding.internal.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored PDFs of offers (the signed letter); plain SQL that names the tenant in every statement. */
@Component
class OfferDocuments {

	static final String SIGNED = "SIGNED";

	private final JdbcTemplate jdbc;

	OfferDocuments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void store(String tenantId, UUID offerId, String kind, byte[] content, Instant now) {
		jdbc.update("""
				insert into onboarding.offer_document (offer_id, tenant_id, kind, content, sha256, created_at)
				values (?, ?, ?, ?, ?, ?)""", offerId, tenantId, kind, content, OfferLetter.sha256(content),
				Timestamp.from(now));
	}

	Optional<byte[]> find(String tenantId, UUID offerId, String kind) {
		return jdbc.query("select content from onboarding.offer_document where tenant_id = ? and offer_id = ? and kind = ?",
				(rs, i) -> rs.getBytes(1), tenantId, offerId, kind).stream().findFirst();
	}
}
