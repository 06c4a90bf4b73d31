package io.renloop.recruitment.internal;

import io.renloop.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored match scores of the current tenant. Plain JDBC with the tenant stated in every statement, because
 * the background scorer and a reader may store the same application at once: the upsert lets the last one win
 * instead of failing.
 */
@Component
class StoredMatches {

	private static final TypeReference<List<StoredMatch.Factor>> FACTORS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	StoredMatches(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(StoredMatch match, Instant scoredAt) {
		jdbc.update("""
				insert into recruitment.application_match (application_id, tenant_id, requisition_id, candidate_id,
				    score, must_haves_met, factors, requirements, scored_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
				on conflict (application_id) do update set score = excluded.score,
				    must_haves_met = excluded.must_haves_met, factors = excluded.factors,
				    requirements = excluded.requirements, scored_at = excluded.scored_at
				where recruitment.application_match.tenant_id = excluded.tenant_id""", match.applicationId(),
				TenantContext.require(), match.requisitionId(), match.candidateId(), match.score(),
				match.mustHavesMet(), json.writeValueAsString(match.factors()), match.requirements(),
				Timestamp.from(scoredAt));
	}

	Map<UUID, StoredMatch> ofRequisition(UUID requisitionId) {
		return jdbc.query("""
				select * from recruitment.application_match where tenant_id = ? and requisition_id = ?""",
				this::match, TenantContext.require(), requisitionId)
			.stream()
			.collect(Collectors.toMap(StoredMatch::applicationId, Function.identity()));
	}

	Optional<StoredMatch> ofApplication(UUID applicationId) {
		return jdbc.query("select * from recruitment.application_match where tenant_id = ? and application_id = ?",
				this::match, TenantContext.require(), applicationId)
			.stream()
			.findFirst();
	}

	private StoredMatch match(ResultSet row, int rowNumber) throws SQLException {
		return new StoredMatch(row.getObject("application_id", UUID.class), row.getObject("candidate_id", UUID.class),
				row.getObject("requisition_id", UUID.class), row.getDouble("score"), row.getBoolean("must_haves_met"),
				json.readValue(row.getString("factors"), FACTORS), row.getString("requirements"));
	}
}
