package io.renloop.recruitment.internal.imports;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.JobExecution;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.Applications;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk uploads as background jobs, on whichever node claims them, as the uploader (the worker sets their
 * tenant, security context and language). Each file becomes an application through {@link Applications#apply} in
 * a transaction that also records the file's outcome, so a file is processed exactly once however often the job is
 * resumed; a bad file fails alone. Progress is read back from the recorded outcomes, never kept in memory.
 */
@Component
class ResumeImportHandler implements BackgroundJobHandler {

	private static final Logger log = LoggerFactory.getLogger(ResumeImportHandler.class);

	private final Applications applications;

	private final ImportFiles files;

	private final FileErrorText errors;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	ResumeImportHandler(Applications applications, ImportFiles files, FileErrorText errors, AuditTrail audit,
			PlatformTransactionManager transactionManager) {
		this.applications = applications;
		this.files = files;
		this.errors = errors;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public String type() {
		return ImportPayload.JOB_TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		long started = System.nanoTime();
		UUID jobId = execution.jobId();
		ImportPayload payload = execution.payload(ImportPayload.class);
		Apply apply = new Apply(null, null, null, null, payload.channel(), null, true);
		checkpoint(execution, payload);
		for (int position : files.waiting(jobId)) {
			importOne(jobId, position, payload, apply);
			checkpoint(execution, payload);
		}
		log.info("Bulk upload {} in tenant {}: attempt {} ended with {} files processed, in {} ms", jobId,
				execution.tenantId(), execution.attempt(), execution.processed(), (System.nanoTime() - started) / 1_000_000);
	}

	@Override
	public void completed(JobExecution execution) {
		ImportProgress progress = files.progress(execution.jobId());
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("status", "COMPLETED");
		outcome.put("processed", progress.processed());
		outcome.put("succeeded", progress.succeeded());
		outcome.put("duplicates", progress.duplicates());
		outcome.put("failed", progress.failures());
		audit.recordChange("COMPLETE", "CandidateImport", execution.jobId(), null, outcome);
	}

	private void importOne(UUID jobId, int position, ImportPayload payload, Apply apply) {
		try {
			transactions.executeWithoutResult(tx -> files.lockWaiting(jobId, position).ifPresent(file -> {
				ApplicationReceipt receipt = applications.apply(payload.requisitionId(), apply, file);
				files.created(jobId, position, receipt);
			}));
		}
		catch (RuntimeException ex) {
			String error = errors.of(ex, LocaleContextHolder.getLocale());
			transactions.executeWithoutResult(tx -> files.failed(jobId, position, error));
		}
	}

	private void checkpoint(JobExecution execution, ImportPayload payload) {
		ImportProgress progress = files.progress(execution.jobId());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("requisitionId", payload.requisitionId());
		result.put("channel", payload.channel());
		result.putAll(progress.result());
		execution.checkpoint(progress.processed(), result);
	}
}
