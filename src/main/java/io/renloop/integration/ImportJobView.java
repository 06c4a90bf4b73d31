package io.renloop.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of an import job, polled while it runs.
 *
 * @param jobId the job
 * @param kind what the file holds
 * @param fileName the uploaded file's name
 * @param dryRun true when the job only checks the file
 * @param status running, succeeded or failed
 * @param processed rows checked so far
 * @param total data rows in the file (0 until the file is read)
 * @param saved rows saved; 0 for dry runs and failed jobs
 * @param errorCount all problems found; {@code errors} may hold only the first of them
 * @param errors problems ordered by row, at most {@link #MAX_ERRORS}
 * @param createdAt when the job was started
 * @param finishedAt when it ended, or null while running
 */
public record ImportJobView(UUID jobId, ImportKind kind, String fileName, boolean dryRun, ImportStatus status,
		int processed, int total, int saved, int errorCount, List<RowError> errors, Instant createdAt,
		Instant finishedAt) {

	/** The most errors a job keeps; a file with more is broken beyond a row-by-row report. */
	public static final int MAX_ERRORS = 1000;

	/** Progress in percent, 100 once finished. */
	public int percent() {
		if (status != ImportStatus.RUNNING) {
			return 100;
		}
		return total == 0 ? 0 : Math.min(100, processed * 100 / total);
	}
}
