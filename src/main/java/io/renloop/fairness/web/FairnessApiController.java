package io.renloop.fairness.web;

import io.renloop.fairness.FairnessReport;
import io.renloop.fairness.FairnessReports;
import io.renloop.recruitment.ApplicationStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The adverse-impact report over candidates' voluntary self-reports. */
@RestController
@Tag(name = "Fairness", description = "Selection rates and impact ratios per self-reported group")
class FairnessApiController {

	private final FairnessReports reports;

	FairnessApiController(FairnessReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/analytics/fairness")
	@PreAuthorize("hasAuthority('FAIRNESS_READ')")
	@Operation(summary = "Selection rates and impact ratios per gender and age band", description = "An application "
			+ "is selected when it reached the stage or a later one (SCREENED, AI_INTERVIEW, INTERVIEWS, OFFER, HIRED). "
			+ "Impact ratio = the group's rate ÷ the highest rate among groups with enough applicants; below 0.8 is "
			+ "ADVERSE_IMPACT. Without requisitionId, all requisitions. Audited.")
	FairnessReport report(@RequestParam(required = false) UUID requisitionId, @RequestParam ApplicationStage stage) {
		return reports.report(requisitionId, stage);
	}
}
