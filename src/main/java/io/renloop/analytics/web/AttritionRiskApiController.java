package io.renloop.analytics.web;

import io.renloop.analytics.AttritionModels;
import io.renloop.analytics.AttritionRisks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's own attrition model: who may leave within a year and why, and retraining it. */
@RestController
@Tag(name = "Analytics", description = "Tenant-wide analyses over the other modules' data")
class AttritionRiskApiController {

	static final String MAY_READ = "hasAuthority('ANALYTICS_READ')";

	private final AttritionRisks risks;

	AttritionRiskApiController(AttritionRisks risks) {
		this.risks = risks;
	}

	@GetMapping("/api/v1/analytics/attrition-risk")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "Attrition risk of the employees in scope", description = "`[{\"employeeId\",\"name\","
			+ "\"departmentId\",\"risk\",\"reasons\":[{\"feature\",\"value\",\"contribution\",\"text\"}]}]`, riskiest "
			+ "first: the probability of leaving within twelve months by the tenant's own model, with up to three "
			+ "reasons in the caller's language (contribution in log-odds against the average employee). Employees "
			+ "of the caller's data scope (managers: their subtree), below `departmentId` when given (404 outside the "
			+ "scope); 409 when the tenant has no model yet. Audited as a sensitive read")
	List<AttritionRisks.EmployeeRisk> risks(@RequestParam(required = false) UUID departmentId) {
		return risks.risks(departmentId);
	}

	@PostMapping("/api/v1/analytics/attrition/models/tenant")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(AttritionModelApiController.MAY_ADMINISTER)
	@Operation(summary = "Retrain the tenant's own attrition model now", description = "Everyone employed a year ago "
			+ "with the features of then (tenure, months since the last raise and promotion, transfers, leaves of "
			+ "absence, performance and its trend, overtime and its trend, absence, attendance anomalies, training "
			+ "hours, position; never protected attributes) and whether they left since; retrained monthly anyway. "
			+ "Optional `asOf` (ISO date, not in the future) trains on the year before that day instead of today. "
			+ "201 with the model card; 409 naming the counts when there are fewer than 10 leavers or stayers")
	AttritionModels.ModelCard retrain(@RequestParam(required = false) LocalDate asOf) {
		return risks.retrain(asOf);
	}
}
