package io.renloop.recruitment.internal.imports;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.Permission;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.CandidateImportJob;
import io.renloop.recruitment.CandidateImportJob.CreatedApplication;
import io.renloop.recruitment.CandidateImportJob.FailedFile;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
class DefaultCandidateImports implements CandidateImports {

	private static final long MEGABYTE = 1024L * 1024;

	/** Uploads of one tenant that may wait or run at the same time, so that one tenant cannot hog every node. */
	private static final int MAX_WAITING_UPLOADS = 10;

	private static final TypeReference<List<FailedFile>> FAILED = new TypeReference<>() {
	};

	private static final TypeReference<List<CreatedApplication>> CREATED = new TypeReference<>() {
	};

	private final Requisitions requisitions;

	private final BackgroundJobs jobs;

	private final ImportFiles importFiles;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	DefaultCandidateImports(Requisitions requisitions, BackgroundJobs jobs, ImportFiles importFiles, AuditTrail audit,
			PlatformTransactionManager transactionManager, JsonMapper json) {
		this.requisitions = requisitions;
		this.jobs = jobs;
		this.importFiles = importFiles;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.json = json;
	}

	@Override
	public UUID start(StartImport command, List<ResumeFile> files) {
		validate(command, files);
		RequisitionView requisition = requisitions.get(command.requisitionId());
		if (requisition.status() != RequisitionStatus.OPEN) {
			throw new BusinessRuleException("recruitment.application.requisitionNotOpen", requisition.status());
		}
		if (jobs.unfinished(ImportPayload.JOB_TYPE) >= MAX_WAITING_UPLOADS) {
			throw new BusinessRuleException(503, "recruitment.import.busy");
		}
		return transactions.execute(tx -> {
			UUID jobId = jobs.submit(ImportPayload.JOB_TYPE, new ImportPayload(requisition.id(), command.channel()),
					files.size(), Permission.RECRUITMENT_READ);
			importFiles.store(jobId, files);
			audit.recordChange("IMPORT", "CandidateImport", jobId, null, snapshot(command, files));
			return jobId;
		});
	}

	@Override
	public CandidateImportJob job(UUID jobId) {
		BackgroundJob job = jobs.find(jobId)
			.filter(found -> found.type().equals(ImportPayload.JOB_TYPE))
			.orElseThrow(() -> new NotFoundException("CandidateImport", jobId));
		ImportPayload payload = json.treeToValue(job.payload(), ImportPayload.class);
		JsonNode result = job.result();
		return new CandidateImportJob(job.jobId(), payload.requisitionId(), payload.channel(),
				ImportJobStatus.valueOf(job.status().name()), job.processed(), job.total(), result.path("succeeded").asInt(),
				result.path("duplicates").asInt(), list(result.get("failed"), FAILED), list(result.get("created"), CREATED),
				job.createdBy(), job.createdAt(), job.finishedAt());
	}

	private <T> List<T> list(JsonNode node, TypeReference<List<T>> type) {
		return node == null || node.isNull() ? List.of() : json.convertValue(node, type);
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
