package io.renloop.recruitment.internal.imports;

import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.CandidateImportJob.CreatedApplication;
import io.renloop.recruitment.CandidateImportJob.FailedFile;
import java.util.ArrayList;
import java.util.List;

/** What a running upload has done so far; used by one worker thread only. */
final class ImportProgress {

	private final List<FailedFile> failed = new ArrayList<>();

	private final List<CreatedApplication> created = new ArrayList<>();

	private int duplicates;

	void applied(String file, ApplicationReceipt receipt) {
		created.add(new CreatedApplication(file, receipt.candidateId(), receipt.applicationId(), receipt.duplicateOf()));
		if (receipt.duplicateOf() != null) {
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

	List<FailedFile> failed() {
		return List.copyOf(failed);
	}

	List<CreatedApplication> created() {
		return List.copyOf(created);
	}
}
