package io.renloop.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The progress and outcome of a bulk resume upload.
 *
 * @param jobId the job
 * @param requisitionId the requisition the resumes apply to
 * @param channel the channel recorded on every application
 * @param status where the job stands
 * @param processed files tried so far
 * @param total files uploaded
 * @param succeeded files that became an application
 * @param duplicates of those, the files whose applicant was recognized as a known candidate
 * @param failed the files that became no application, each with the reason in the uploader's language
 * @param created the applications created, in upload order
 * @param createdBy the login of the uploader
 * @param createdAt when the upload arrived
 * @param finishedAt when the job ended, or null
 */
public record CandidateImportJob(UUID jobId, UUID requisitionId, Channel channel, ImportJobStatus status,
		int processed, int total, int succeeded, int duplicates, List<FailedFile> failed, List<CreatedApplication> created,
		String createdBy, Instant createdAt, Instant finishedAt) {

	public CandidateImportJob {
		failed = List.copyOf(failed);
		created = List.copyOf(created);
	}

	/** Done share of the files, 0–100. */
	public int percent() {
		return total == 0 ? 100 : processed * 100 / total;
	}

	/** A file that became no application. */
	public record FailedFile(String file, String error) {
	}

	/** A file that became an application; {@code duplicateOf} names the known candidate, or is null. */
	public record CreatedApplication(String file, UUID candidateId, UUID applicationId, UUID duplicateOf) {
	}
}
