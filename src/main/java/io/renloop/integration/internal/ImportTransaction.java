package io.renloop.integration.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs all rows of an import in one transaction, committed only by a real run without a single problem;
 * dry runs and failed runs roll back, so either every row is saved or none.
 */
@Component
class ImportTransaction {

	private static final Logger log = LoggerFactory.getLogger(ImportTransaction.class);

	/** Detaching saved rows now and then keeps each flush from re-checking every row saved before. */
	private static final int CLEAR_EVERY = 200;

	private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

	private final TransactionTemplate transactions;

	private final ImportJobs jobs;

	private final EntityManager entityManager;

	ImportTransaction(PlatformTransactionManager transactionManager, ImportJobs jobs, EntityManager entityManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jobs = jobs;
		this.entityManager = entityManager;
	}

	/** Rows checked and rows saved; saved rows stay only when the run committed. */
	record Outcome(int processed, int saved) {

		static final Outcome NOTHING = new Outcome(0, 0);
	}

	Outcome run(ImportTask task, RowImporter importer, List<ImportRow> rows, RowErrors errors) {
		Progress progress = new Progress(task, rows.size());
		try {
			Integer saved = transactions.execute(status -> {
				int count = importer.importRows(rows, progress::rowDone);
				if (task.dryRun() || errors.any()) {
					status.setRollbackOnly();
				}
				return count;
			});
			return new Outcome(progress.processed, saved == null ? 0 : saved);
		}
		catch (RowFailedException ex) {
			log.warn("Import job {} stopped at row {}", task.jobId(), ex.row(), ex);
			errors.add(ex.row(), null, "error.import.rowFailed");
			return new Outcome(progress.processed, 0);
		}
	}

	/** Flushes each row and reports progress a few times a second. */
	private final class Progress {

		private final ImportTask task;

		private final int total;

		private int processed;

		private long lastReport = System.nanoTime();

		Progress(ImportTask task, int total) {
			this.task = task;
			this.total = total;
		}

		void rowDone(ImportRow row) {
			try {
				entityManager.flush();
			}
			catch (RuntimeException ex) {
				throw new RowFailedException(row.number(), ex);
			}
			processed++;
			if (processed % CLEAR_EVERY == 0) {
				entityManager.clear();
			}
			long now = System.nanoTime();
			if (now - lastReport >= PROGRESS_EVERY_NANOS) {
				jobs.progress(task.jobId(), processed, total);
				lastReport = now;
			}
		}
	}
}
