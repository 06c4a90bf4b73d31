package io.renloop.recruitment.internal.imports;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.CandidateImportJob;
import io.renloop.recruitment.CandidateImports;
import io.renloop.recruitment.ImportJobStatus;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.recruitment.ResumeFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class DefaultCandidateImports implements CandidateImports {

	private static final long MEGABYTE = 1024L * 1024;

	private final Requisitions requisitions;

	private final ImportJobTable jobs;

	private final ResumeImportWorker worker;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	DefaultCandidateImports(Requisitions requisitions, ImportJobTable jobs, ResumeImportWorker worker,
			AuditTrail audit, PlatformTransactionManager transactionManager) {
		this.requisitions = requisitions;
		this.jobs = jobs;
		this.worker = worker;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public UUID start(StartImport command, List<ResumeFile> files) {
		validate(command, files);
		RequisitionView requisition = requisitions.get(command.requisitionId());
		if (requisition.status() != RequisitionStatus.OPEN) {
			throw new BusinessRuleException("recruitment.application.requisitionNotOpen", requisition.status());
		}
		CurrentUser user = CurrentUser.require();
		UUID jobId = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			jobs.create(jobId, requisition.id(), command.channel(), files.size(), user.email());
			audit.recordChange("IMPORT", "CandidateImport", jobId, null, snapshot(command, files));
		});
		try {
			worker.submit(new ImportTask(jobId, user.tenantId(), requisition.id(), command.channel(), files,
					SecurityContextHolder.getContext().getAuthentication(), LocaleContextHolder.getLocale()));
		}
		catch (RejectedExecutionException ex) {
			jobs.finish(jobId, ImportJobStatus.FAILED, new ImportProgress());
			throw new BusinessRuleException(503, "recruitment.import.busy");
		}
		return jobId;
	}

	@Override
	public CandidateImportJob job(UUID jobId) {
		return jobs.find(jobId).orElseThrow(() -> new NotFoundException("CandidateImport", jobId));
	}

	private static void validate(StartImport command, List<ResumeFile> files) {
		if (command.requisitionId() == null) {
			throw InvalidFieldsException.of("requisitionId", "recruitment.import.requisitionRequired");
		}
		if (command.channel() == null) {
			throw InvalidFieldsException.of("channel", "recruitment.import.channelRequired");
		}
		if (!command.consent()) {
			throw InvalidFieldsException.of("consent", "recruitment.import.consentRequired");
		}
		if (files.isEmpty()) {
			throw InvalidFieldsException.of("files", "recruitment.import.noFiles");
		}
		if (files.size() > MAX_FILES) {
			throw InvalidFieldsException.of("files", "recruitment.import.tooManyFiles", MAX_FILES);
		}
		long bytes = files.stream().mapToLong(f -> f.content().length).sum();
		if (bytes > MAX_TOTAL_BYTES) {
			throw new BusinessRuleException(413, "recruitment.import.tooLarge", MAX_TOTAL_BYTES / MEGABYTE);
		}
	}

	private static Map<String, Object> snapshot(StartImport command, List<ResumeFile> files) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("requisitionId", command.requisitionId());
		state.put("channel", command.channel());
		state.put("files", files.size());
		state.put("consentConfirmed", command.consent());
		return state;
	}
}
