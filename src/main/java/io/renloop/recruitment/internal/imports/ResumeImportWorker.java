package io.renloop.recruitment.internal.imports;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessCounters;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.ImportJobStatus;
import io.renloop.recruitment.ResumeFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk uploads on a small pool of its own (two workers, a short queue), as the user who started them:
 * their security context, tenant and language are set on the worker thread for the job's duration. Every
 * file goes through {@link Applications#apply} in its own transaction, so a bad file fails alone.
 */
@Component
class ResumeImportWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ResumeImportWorker.class);

	/** The kind of import in the business counters. */
	private static final String KIND = "RESUMES";

	private static final int WORKERS = 2;

	private static final int WAITING_JOBS = 8;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(WAITING_JOBS), new WorkerThreads());

	private final Applications applications;

	private final ImportJobTable jobs;

	private final FileErrorText errors;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final BusinessCounters counters;

	ResumeImportWorker(Applications applications, ImportJobTable jobs, FileErrorText errors, AuditTrail audit,
			PlatformTransactionManager transactionManager, BusinessCounters counters) {
		this.applications = applications;
		this.jobs = jobs;
		this.errors = errors;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.counters = counters;
	}

	/** Queues the task; {@link java.util.concurrent.RejectedExecutionException} when the queue is full. */
	void submit(ImportTask task) {
		executor.execute(() -> runAsUploader(task));
		counters.importStarted(KIND);
	}

	private void runAsUploader(ImportTask task) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(task.authentication());
		SecurityContextHolder.setContext(context);
		LocaleContextHolder.setLocale(task.locale());
		try {
			TenantContext.runAs(task.tenantId(), () -> run(task));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
			SecurityContextHolder.clearContext();
		}
	}

	private void run(ImportTask task) {
		long started = System.nanoTime();
		ImportProgress progress = new ImportProgress();
		ImportJobStatus status = ImportJobStatus.COMPLETED;
		try {
			jobs.progress(task.jobId(), ImportJobStatus.RUNNING, progress);
			Apply apply = new Apply(null, null, null, null, task.channel(), null, true);
			for (ResumeFile file : task.files()) {
				importOne(task, apply, file, progress);
				jobs.progress(task.jobId(), ImportJobStatus.RUNNING, progress);
			}
		}
		catch (RuntimeException ex) {
			log.error("Bulk upload {} broke off", task.jobId(), ex);
			status = ImportJobStatus.FAILED;
		}
		finish(task, status, progress);
		counters.importFinished(KIND, status.name());
		log.info("Bulk upload {} in tenant {} ended {}: {} of {} files, {} applications, {} duplicates, {} failed, in {} ms",
				task.jobId(), task.tenantId(), status, progress.processed(), task.files().size(), progress.succeeded(),
				progress.duplicates(), progress.failed().size(), (System.nanoTime() - started) / 1_000_000);
	}

	private void importOne(ImportTask task, Apply apply, ResumeFile file, ImportProgress progress) {
		try {
			progress.applied(file.filename(), applications.apply(task.requisitionId(), apply, file));
		}
		catch (RuntimeException ex) {
			progress.failed(file.filename(), errors.of(ex, task.locale()));
		}
	}

	private void finish(ImportTask task, ImportJobStatus status, ImportProgress progress) {
		transactions.executeWithoutResult(tx -> {
			jobs.finish(task.jobId(), status, progress);
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("status", status);
			outcome.put("processed", progress.processed());
			outcome.put("succeeded", progress.succeeded());
			outcome.put("duplicates", progress.duplicates());
			outcome.put("failed", progress.failed().size());
			audit.recordChange("COMPLETE", "CandidateImport", task.jobId(), null, outcome);
		});
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	/** Named daemon threads, so that a stuck upload never keeps the application from stopping. */
	private static final class WorkerThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "resume-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
