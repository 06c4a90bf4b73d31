package io.renloop.integration.internal;

import io.renloop.integration.ImportJobView;
import io.renloop.integration.ImportKind;
import io.renloop.integration.ImportStatus;
import io.renloop.integration.RowError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs table. Every write commits on its own, beside the import's long transaction, so that
 * progress is visible while the import runs and a failure is recorded after the import rolled back.
 */
@Component
class ImportJobs {

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ImportJobs(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void create(UUID id, String tenantId, ImportKind kind, String fileName, boolean dryRun, String createdBy) {
		jdbc.update("""
				insert into integration.import_job (id, tenant_id, kind, file_name, dry_run, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", id, tenantId, kind.name(), fileName, dryRun,
				ImportStatus.RUNNING.name(), createdBy, Timestamp.from(clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(UUID id, int processed, int total) {
		jdbc.update("update integration.import_job set processed = ?, total = ? where id = ?", processed, total, id);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(UUID id, ImportStatus status, int processed, int saved, int errorCount, List<RowError> errors) {
		jdbc.update("""
				update integration.import_job
				   set status = ?, processed = ?, saved = ?, error_count = ?, errors = ?::jsonb, finished_at = ?
				 where id = ?""", status.name(), processed, saved, errorCount, json.writeValueAsString(errors),
				Timestamp.from(clock.instant()), id);
	}

	@Transactional(readOnly = true)
	Optional<ImportJobView> find(String tenantId, UUID id) {
		return jdbc.query("select * from integration.import_job where tenant_id = ? and id = ?", this::view, tenantId,
				id).stream().findFirst();
	}

	private ImportJobView view(ResultSet rs, int rowNum) throws SQLException {
		return new ImportJobView(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getBoolean("dry_run"), ImportStatus.valueOf(rs.getString("status")),
				rs.getInt("processed"), rs.getInt("total"), rs.getInt("saved"), rs.getInt("error_count"),
				json.readValue(rs.getString("errors"), ERRORS), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
