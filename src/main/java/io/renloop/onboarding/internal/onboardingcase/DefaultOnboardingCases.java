package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.onboarding.OnboardingViews.CaseSummary;
import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.onboarding.OnboardingViews.Completion;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The onboarding cases from the side of HR, IT and managers, each responsibility in its own component: opening,
 * reading, the checklist, completion (the hire) and the contract copies.
 */
@Service
class DefaultOnboardingCases implements OnboardingCases {

	static final String ENTITY = "OnboardingCase";

	private final CaseOpening opening;

	private final CaseReads reads;

	private final ChecklistSignOff checklist;

	private final CaseCompletion completion;

	private final ContractCopies contracts;

	DefaultOnboardingCases(CaseOpening opening, CaseReads reads, ChecklistSignOff checklist,
			CaseCompletion completion, ContractCopies contracts) {
		this.opening = opening;
		this.reads = reads;
		this.checklist = checklist;
		this.completion = completion;
		this.contracts = contracts;
	}

	@Override
	public UUID open(OfferAccepted offer) {
		return opening.open(offer);
	}

	@Override
	public List<CaseSummary> list() {
		return reads.list();
	}

	@Override
	public CaseDetails get(UUID id, boolean reveal) {
		return reads.get(id, reveal);
	}

	@Override
	public ChecklistItemView markDone(UUID caseId, UUID itemId) {
		return checklist.markDone(caseId, itemId);
	}

	@Override
	public Completion complete(UUID id) {
		return completion.complete(id);
	}

	@Override
	public byte[] contractPdf(UUID id) {
		return contracts.pdf(id);
	}

	static DocumentView view(OnboardingDocument document) {
		return new DocumentView(document.id(), document.type(), document.fileName(), document.contentType(),
				document.sizeBytes(), document.uploadedAt());
	}
}
