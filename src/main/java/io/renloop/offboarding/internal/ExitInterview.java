package io.renloop.offboarding.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The leaver's confidential answers; written once. */
@Entity
@Table(schema = "offboarding", name = "exit_interview")
class ExitInterview {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID caseId;

	private String reasonCodes;

	private String comments;

	private Boolean wouldReturn;

	private String managerFeedback;

	private Instant submittedAt;

	protected ExitInterview() {
	}

	ExitInterview(UUID caseId, List<String> reasonCodes, String comments, Boolean wouldReturn, String managerFeedback,
			Instant submittedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.reasonCodes = String.join(",", reasonCodes);
		this.comments = comments;
		this.wouldReturn = wouldReturn;
		this.managerFeedback = managerFeedback;
		this.submittedAt = submittedAt;
	}

	UUID caseId() { return caseId; }

	List<String> reasonCodes() { return Arrays.asList(reasonCodes.split(",")); }

	String comments() { return comments; }

	Boolean wouldReturn() { return wouldReturn; }

	String managerFeedback() { return managerFeedback; }

	Instant submittedAt() { return submittedAt; }
}
