package io.renloop.recruitment.internal.imports;

import io.renloop.platform.TenantContext;
import io.renloop.recruitment.CandidateImportJob;
import io.renloop.recruitment.CandidateImportJob.CreatedApplication;
import io.renloop.recruitment.CandidateImportJob.FailedFile;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.ImportJobStatus;
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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk upload jobs table. Every statement is confined to the tenant of the current context; writes
 * commit on their own so that progress is visible to other requests while the job runs.
 */
@Component
class ImportJobTable {

	private static final TypeReference<List<FailedFile>> FAILED = new TypeReference<>() {
	};

	private static final TypeReference<List<CreatedApplication>> CREATED = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ImportJobTable(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	void create(UUID id, UUID requisitionId, Channel channel, int total, String createdBy) {
		jdbc.update("""
				insert into recruitment.import_job (id, tenant_id, requisition_id, channel, status, total, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), requisitionId, channel.name(),
				ImportJobStatus.QUEUED.name(), total, createdBy, Timestamp.from(clock.instant()));
	}

	@Transactional
	void progress(UUID id, ImportJobStatus status, ImportProgress progress) {
		jdbc.update("""
				update recruitment.import_job
				   set status = ?, processed = ?, succeeded = ?, duplicates = ?, failed = ?::jsonb
				 where tenant_id = ? and id = ?""", status.name(), progress.processed(), progress.succeeded(),
				progress.duplicates(), json.writeValueAsString(progress.failed()), TenantContext.require(), id);
	}

	@Transactional
	void finish(UUID id, ImportJobStatus status, ImportProgress progress) {
		jdbc.update("""
				update recruitment.import_job
				   set status = ?, processed = ?, succeeded = ?, duplicates = ?, failed = ?::jsonb, created = ?::jsonb,
				       finished_at = ?
				 where tenant_id = ? and id = ?""", status.name(), progress.processed(), progress.succeeded(),
				progress.duplicates(), json.writeValueAsString(progress.failed()),
				json.writeValueAsString(progress.created()), Timestamp.from(clock.instant()), TenantContext.require(), id);
	}

	@Transactional(readOnly = true)
	Optional<CandidateImportJob> find(UUID id) {
		return jdbc.query("select * from recruitment.import_job where tenant_id = ? and id = ?", this::view,
				TenantContext.require(), id).stream().findFirst();
	}

	private CandidateImportJob view(ResultSet rs, int rowNum) throws SQLException {
		return new CandidateImportJob(rs.getObject("id", UUID.class), rs.getObject("requisition_id", UUID.class),
				Channel.valueOf(rs.getString("channel")), ImportJobStatus.valueOf(rs.getString("status")),
				rs.getInt("processed"), rs.getInt("total"), rs.getInt("succeeded"), rs.getInt("duplicates"),
				json.readValue(rs.getString("failed"), FAILED), json.readValue(rs.getString("created"), CREATED),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
