package io.renloop.recruitment.internal.imports;

import io.renloop.recruitment.CandidateImportJob.CreatedApplication;
import io.renloop.recruitment.CandidateImportJob.FailedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an upload's processed files became, as read back from their recorded outcomes. */
final class ImportProgress {

	private final List<FailedFile> failed = new ArrayList<>();

	private final List<CreatedApplication> created = new ArrayList<>();

	private int duplicates;

	void applied(CreatedApplication application) {
		created.add(application);
		if (application.duplicateOf() != null) {
			duplicates++;
		}
	}

	void failed(String file, String error) {
		failed.add(new FailedFile(file, error));
	}

	int processed() {
		return created.size() + failed.size();
	}

	int succeeded() {
		return created.size();
	}

	int duplicates() {
		return duplicates;
	}

	int failures() {
		return failed.size();
	}

	/** The job's result fields, as {@code GET /api/v1/jobs/{jobId}} shows them. */
	Map<String, Object> result() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("succeeded", succeeded());
		result.put("duplicates", duplicates);
		result.put("failed", List.copyOf(failed));
		result.put("created", List.copyOf(created));
		return result;
	}
}
