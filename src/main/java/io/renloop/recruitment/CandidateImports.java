package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * Bulk uploads of resumes by a recruiter: each file becomes an application to one requisition, in the
 * background, one transaction per file, so that a corrupt, empty, password-protected or unsupported file
 * fails alone. An upload is a platform background job (ADR 0020) with its files stored in the database: any node
 * may run it, and another node resumes it when that node dies, processing each file exactly once. Jobs are
 * visible only in their tenant.
 */
public interface CandidateImports {

	/** Most files in one upload. */
	int MAX_FILES = 500;

	/** Largest upload, all files together, in bytes. */
	long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

	/**
	 * Validates the upload and queues the job.
	 * @throws io.renloop.platform.InvalidFieldsException without files, with too many, or without consent
	 * @throws io.renloop.platform.BusinessRuleException 413 when the files are too large together, 409 when the
	 * requisition is not OPEN, 503 when too many uploads are waiting already
	 * @throws io.renloop.platform.NotFoundException for an unknown requisition
	 */
	UUID start(StartImport command, List<ResumeFile> files);

	/** A job of the current tenant; {@code NotFoundException} for unknown ids and other tenants' jobs. */
	CandidateImportJob job(UUID jobId);

	/**
	 * @param requisitionId the OPEN requisition the resumes apply to
	 * @param channel where the resumes came from
	 * @param consent the uploader confirms that the candidates consented through the channel; must be true
	 */
	record StartImport(UUID requisitionId, Channel channel, boolean consent) {
	}
}
