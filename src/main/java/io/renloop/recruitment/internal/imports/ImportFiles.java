package io.renloop.recruitment.internal.imports;

import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.CandidateImportJob.CreatedApplication;
import io.renloop.recruitment.ResumeFile;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files of bulk uploads, each with its outcome once processed. Statements are confined to the current tenant
 * and join the caller's transaction: the outcome of a file commits with its application, or not at all.
 */
@Component
class ImportFiles {

	private final JdbcTemplate jdbc;

	ImportFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void store(UUID jobId, List<ResumeFile> files) {
		String tenant = TenantContext.require();
		jdbc.batchUpdate("""
				insert into recruitment.import_file (tenant_id, job_id, position, filename, content)
				values (?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int position) throws SQLException {
				statement.setString(1, tenant);
				statement.setObject(2, jobId);
				statement.setInt(3, position);
				statement.setString(4, files.get(position).filename());
				statement.setBytes(5, files.get(position).content());
			}

			@Override
			public int getBatchSize() {
				return files.size();
			}
		});
	}

	/** The positions of the files not processed yet, in upload order. */
	List<Integer> waiting(UUID jobId) {
		return jdbc.queryForList("""
				select position from recruitment.import_file
				 where tenant_id = ? and job_id = ? and outcome is null order by position""", Integer.class,
				TenantContext.require(), jobId);
	}

	/**
	 * Locks a waiting file until the caller's transaction ends; empty when it was processed meanwhile (by a node
	 * whose lease on the job had expired and that finished the file anyway).
	 */
	Optional<ResumeFile> lockWaiting(UUID jobId, int position) {
		return jdbc.query("""
				select filename, content from recruitment.import_file
				 where tenant_id = ? and job_id = ? and position = ? and outcome is null
				   for update""", (rs, n) -> new ResumeFile(rs.getString("filename"), rs.getBytes("content")),
				TenantContext.require(), jobId, position).stream().findFirst();
	}

	void created(UUID jobId, int position, ApplicationReceipt receipt) {
		jdbc.update("""
				update recruitment.import_file
				   set outcome = 'CREATED', content = null, candidate_id = ?, application_id = ?, duplicate_of = ?
				 where tenant_id = ? and job_id = ? and position = ? and outcome is null""", receipt.candidateId(),
				receipt.applicationId(), receipt.duplicateOf(), TenantContext.require(), jobId, position);
	}

	void failed(UUID jobId, int position, String error) {
		jdbc.update("""
				update recruitment.import_file set outcome = 'FAILED', content = null, error = ?
				 where tenant_id = ? and job_id = ? and position = ? and outcome is null""", error,
				TenantContext.require(), jobId, position);
	}

	/** What the job's processed files became, in upload order. */
	ImportProgress progress(UUID jobId) {
		ImportProgress progress = new ImportProgress();
		jdbc.query("""
				select filename, outcome, candidate_id, application_id, duplicate_of, error
				  from recruitment.import_file
				 where tenant_id = ? and job_id = ? and outcome is not null order by position""", rs -> {
			if ("CREATED".equals(rs.getString("outcome"))) {
				progress.applied(new CreatedApplication(rs.getString("filename"), rs.getObject("candidate_id", UUID.class),
						rs.getObject("application_id", UUID.class), rs.getObject("duplicate_of", UUID.class)));
			}
			else {
				progress.failed(rs.getString("filename"), rs.getString("error"));
			}
		}, TenantContext.require(), jobId);
		return progress;
	}
}
