package io.renloop.analytics.web;

import io.renloop.analytics.DimensionValidity;
import io.renloop.analytics.PredictiveValidity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hiring validity: whether the AI interview's dimension scores went with better performance after hire. */
@RestController
@Tag(name = "Analytics", description = "Tenant-wide analyses over the other modules' data")
class PredictiveValidityApiController {

	private final PredictiveValidity validity;

	PredictiveValidityApiController(PredictiveValidity validity) {
		this.validity = validity;
	}

	@GetMapping("/api/v1/analytics/predictive-validity")
	@PreAuthorize(PredictiveValidityPageController.MAY_READ)
	@Operation(summary = "Predictive validity of the AI interview's dimensions", description = "Per dimension the "
			+ "Spearman rank correlation between the hires' interview scores and their first published performance score "
			+ "after the hire date, with n and a 95 % confidence interval (Fisher z, standard error 1.06/√(n−3)); "
			+ "spearman, ciLow and ciHigh are null below 30 pairs. Needs RECRUITMENT_READ, PERFORMANCE_READ and the "
			+ "tenant data scope (HR, tenant administrators); 400 for a position that is not the tenant's")
	List<DimensionValidity> report(@RequestParam(required = false) UUID positionId) {
		return validity.report(positionId);
	}
}
