package io.renloop.fairness.web;

import io.renloop.fairness.FairnessReports;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Requisitions;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The fairness page: a requisition and a stage, and the table of groups with their flags. */
@Controller
class FairnessPageController {

	private final FairnessReports reports;

	private final Requisitions requisitions;

	FairnessPageController(FairnessReports reports, Requisitions requisitions) {
		this.reports = reports;
		this.requisitions = requisitions;
	}

	@GetMapping("/analytics/fairness")
	@PreAuthorize("hasAuthority('FAIRNESS_READ')")
	String page(@RequestParam(required = false) UUID requisitionId,
			@RequestParam(defaultValue = "HIRED") ApplicationStage stage, Model model) {
		model.addAttribute("requisitions", requisitions.list(null, 0, 200).content());
		model.addAttribute("stages", EnumSet.range(ApplicationStage.SCREENED, ApplicationStage.HIRED));
		model.addAttribute("requisitionId", requisitionId);
		model.addAttribute("stage", stage);
		model.addAttribute("report", reports.report(requisitionId, stage));
		return "fairness/report";
	}
}
