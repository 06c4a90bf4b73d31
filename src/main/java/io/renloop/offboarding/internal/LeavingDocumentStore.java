package io.renloop.offboarding.internal;

import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.platform.Sha256;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored PDFs of leaving documents; plain SQL naming the tenant in every statement. A document is written once:
 * a second writer (two first reads at the same time) leaves the first one's bytes in place.
 */
@Component
class LeavingDocumentStore {

	private final JdbcTemplate jdbc;

	LeavingDocumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void storeIfAbsent(String tenantId, UUID caseId, LeavingDocumentKind kind, byte[] pdf, Instant now) {
		jdbc.update("""
				insert into offboarding.leaving_document (case_id, tenant_id, kind, content, sha256, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (case_id, kind) do nothing""", caseId, tenantId, kind.name(), pdf,
				Sha256.hex(pdf), Timestamp.from(now));
	}

	Optional<byte[]> find(String tenantId, UUID caseId, LeavingDocumentKind kind) {
		return jdbc.query("select content from offboarding.leaving_document where tenant_id = ? and case_id = ? "
				+ "and kind = ?", (rs, i) -> rs.getBytes(1), tenantId, caseId, kind.name()).stream().findFirst();
	}

	List<Stored> list(String tenantId, UUID caseId) {
		return jdbc.query("select kind, created_at, sha256 from offboarding.leaving_document where tenant_id = ? "
				+ "and case_id = ?", (rs, i) -> new Stored(LeavingDocumentKind.valueOf(rs.getString(1)),
						rs.getTimestamp(2).toInstant(), rs.getString(3)), tenantId, caseId);
	}

	record Stored(LeavingDocumentKind kind, Instant createdAt, String sha256) {
	}
}
