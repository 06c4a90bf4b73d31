package io.renloop.analytics.web;

import io.renloop.analytics.PredictiveValidity;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.RenloopProperties;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hiring validity page: a position filter, a chart of the correlations with their intervals, and the table. */
@Controller
class PredictiveValidityPageController {

	/**
	 * Interview scores and performance results together: recruitment's and performance's readers; the report itself
	 * further requires the tenant data scope, which leaves HR and tenant administrators.
	 */
	static final String MAY_READ = "hasAuthority('RECRUITMENT_READ') and hasAuthority('PERFORMANCE_READ')";

	private final PredictiveValidity validity;

	private final Organization organization;

	private final RenloopProperties properties;

	PredictiveValidityPageController(PredictiveValidity validity, Organization organization,
			RenloopProperties properties) {
		this.validity = validity;
		this.organization = organization;
		this.properties = properties;
	}

	@GetMapping("/analytics/predictive-validity")
	@PreAuthorize(MAY_READ)
	String page(@RequestParam(required = false) UUID positionId, Model model) {
		List<PositionView> positions = organization.positions();
		// an id from an old link that is no longer a position shows every position instead of an error page
		UUID selected = positions.stream().anyMatch(p -> p.id().equals(positionId)) ? positionId : null;
		model.addAttribute("positions", positions);
		model.addAttribute("positionId", selected);
		model.addAttribute("dimensions", validity.report(selected));
		model.addAttribute("minPairs", PredictiveValidity.MIN_PAIRS);
		model.addAttribute("demo", properties.demo());
		return "analytics/predictive-validity";
	}
}
