package io.renloop.recruitment.web;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.CandidateImports;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.Matches;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the requisition page: the requisition, its ranked applications and the upload form. */
@Component
class RequisitionDetailPage {

	/** Most applications ranked on the page. */
	static final int RANKED = 200;

	private final Requisitions requisitions;

	private final Matches matches;

	private final CandidateImports imports;

	RequisitionDetailPage(Requisitions requisitions, Matches matches, CandidateImports imports) {
		this.requisitions = requisitions;
		this.matches = matches;
		this.imports = imports;
	}

	String render(UUID id, UUID jobId, Model model) {
		RequisitionView requisition = requisitions.get(id);
		CurrentUser user = CurrentUser.require();
		model.addAttribute("requisition", requisition);
		model.addAttribute("canWrite", user.can(Permission.RECRUITMENT_WRITE));
		model.addAttribute("canOverride", user.can(Permission.HEADCOUNT_OVERRIDE));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("maxFiles", CandidateImports.MAX_FILES);
		model.addAttribute("job", jobId == null ? null : imports.job(jobId));
		ranked(id, model);
		return "recruitment/requisition";
	}

	String ranked(UUID id, Model model) {
		model.addAttribute("requisitionId", id);
		model.addAttribute("matches", matches.ofRequisition(id, RANKED));
		model.addAttribute("stages", ApplicationStage.values());
		model.addAttribute("canWrite", CurrentUser.require().can(Permission.RECRUITMENT_WRITE));
		return "recruitment/requisition :: ranked";
	}
}
