package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import io.renloop.integration.ImportStatus;
import io.renloop.platform.BusinessCounters;
import io.renloop.platform.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs on the application's task executor, as the user who started them: their security
 * context, tenant and language are set on the worker thread for the job's duration.
 */
@Component
class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final Map<ImportKind, RowImporter> importers;

	private final ImportTransaction transaction;

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final BusinessCounters counters;

	ImportWorker(List<RowImporter> importers, ImportTransaction transaction, ImportJobs jobs,
			MessageSource messages, BusinessCounters counters) {
		this.counters = counters;
		this.importers = importers.stream().collect(Collectors.toMap(RowImporter::kind, Function.identity()));
		this.transaction = transaction;
		this.jobs = jobs;
		this.messages = messages;
	}

	@Async
	public void run(ImportTask task) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(task.authentication());
		SecurityContextHolder.setContext(context);
		LocaleContextHolder.setLocale(task.locale());
		try {
			TenantContext.runAs(task.tenantId(), () -> runAsUser(task));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
			SecurityContextHolder.clearContext();
		}
	}

	private void runAsUser(ImportTask task) {
		counters.importStarted(task.kind().name());
		RowErrors errors = new RowErrors(messages, task.locale());
		ImportTransaction.Outcome outcome = ImportTransaction.Outcome.NOTHING;
		try {
			List<ImportRow> rows = ImportFile.rows(task.kind(), task.fileName(), task.content(), errors);
			if (!errors.any()) {
				jobs.progress(task.jobId(), 0, rows.size());
				outcome = transaction.run(task, importers.get(task.kind()), rows, errors);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import job {} failed unexpectedly", task.jobId(), ex);
			errors.file("error.import.failed");
		}
		ImportStatus status = errors.any() ? ImportStatus.FAILED : ImportStatus.SUCCEEDED;
		int saved = status == ImportStatus.SUCCEEDED && !task.dryRun() ? outcome.saved() : 0;
		jobs.finish(task.jobId(), status, outcome.processed(), saved, errors.count(), errors.firstErrors());
		counters.importFinished(task.kind().name(), status.name());
		log.info("Import job {} of {} in tenant {} ended {}: {} rows, {} saved, {} errors, dry run {}", task.jobId(),
				task.kind(), task.tenantId(), status, outcome.processed(), saved, errors.count(), task.dryRun());
	}
}
