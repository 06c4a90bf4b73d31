package io.renloop.recruitment;

import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationCommands.MoveApplications;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Candidates and their applications in the current tenant. An applicant with the same normalized phone or
 * e-mail as a known candidate, or with a near-identical resume text, is that candidate: a new application
 * is added to them rather than a new person created. Unknown ids, and ids of other tenants, raise
 * {@code NotFoundException}; stage moves not allowed by {@link ApplicationStage} raise a 409.
 */
public interface Applications {

	/**
	 * Records an application to an OPEN requisition; publishes {@link ApplicationReceived}.
	 * @throws io.renloop.platform.InvalidFieldsException without consent, or without any name
	 */
	ApplicationReceipt apply(UUID requisitionId, Apply command);

	/**
	 * Like {@link #apply(UUID, Apply)} with the resume as a PDF, DOCX, DOC or TXT file instead of text.
	 * @throws io.renloop.platform.BusinessRuleException with status 413, 415 or 422 for a file that is too
	 * large, of an unsupported type, or unreadable; nothing is saved then
	 */
	ApplicationReceipt apply(UUID requisitionId, Apply command, ResumeFile resume);

	/** How many applications each of the given requisitions has; requisitions without any are left out. */
	Map<UUID, Long> countByRequisition(Collection<UUID> requisitionIds);

	/** The applications of a requisition, oldest first. */
	List<ApplicationSummary> ofRequisition(UUID requisitionId);

	CandidateDetails candidate(UUID candidateId);

	/** One application of the current tenant; unknown ones raise {@code NotFoundException}. */
	ApplicationSummary application(UUID applicationId);

	/** Many applications in two reads (the people behind a funnel figure); unknown ids are left out. */
	List<ApplicationSummary> applications(Collection<UUID> applicationIds);

	/** The phone and e-mail of a candidate, recorded in the audit log as a sensitive read. */
	CandidateContact revealContact(UUID candidateId);

	/** Moves one application; publishes {@link ApplicationStageChanged}. */
	ApplicationSummary move(UUID applicationId, MoveApplication command);

	/** Moves every listed application, or none when any of them cannot move. */
	List<ApplicationSummary> moveAll(MoveApplications command);
}
