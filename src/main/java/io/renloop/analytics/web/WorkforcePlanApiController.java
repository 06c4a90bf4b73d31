package io.renloop.analytics.web;

import io.renloop.analytics.WorkforcePlans;
import io.renloop.analytics.WorkforcePlans.PlanSummary;
import io.renloop.analytics.WorkforcePlans.PlanView;
import io.renloop.analytics.WorkforcePlans.RequisitionProposal;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Tracking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Workforce plans from business goals: the strategy map, its lines, requisitions and tracking. */
@RestController
@Tag(name = "Workforce plans", description = "Business goals → drivers per department and position → plan lines "
		+ "against current headcount and expected exits → requisitions, training needs, KPI targets, monthly tracking")
class WorkforcePlanApiController {

	static final String MAY_READ = "hasAuthority('ANALYTICS_READ')";

	static final String MAY_WRITE = "hasAuthority('ANALYTICS_ADMIN')";

	private static final String LINES = "Lines {departmentId, positionId, current, expectedExits, required, gap} with "
			+ "gap = required − current + expectedExits (the hires needed by the end of the plan year). current is the "
			+ "headcount when the plan was calculated; expectedExits apply each slot's exit rate of the trailing 12 "
			+ "months to it; an output driver adds ⌈(target − baseline) × the department's share / outputPerPerson⌉ "
			+ "people to current, a ratio rule sets required to ⌈required people of the basis positions in the basis "
			+ "department's subtree / perPeople⌉ (rules apply in order). ";

	private final WorkforcePlans plans;

	WorkforcePlanApiController(WorkforcePlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/workforce-plans")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "The workforce plans, newest year first", description = "With the number of lines and the "
			+ "sum of their positive gaps, counted within the caller's data scope (a manager's subtree)")
	List<PlanSummary> list() {
		return plans.list();
	}

	@PostMapping("/api/v1/workforce-plans")
	@PreAuthorize(MAY_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a workforce plan from a strategy map", description = LINES + "400 for unknown "
			+ "departments or positions, negative numbers, duplicate goal codes or names, shares over 1, a driver of an "
			+ "unknown goal or of a department outside the goal's split, a slot driven twice, a ratio rule counting "
			+ "itself, or no driver at all; audited")
	PlanView create(@Valid @RequestBody SavePlan command) {
		return plans.create(command);
	}

	@GetMapping("/api/v1/workforce-plans/{id}")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "One workforce plan with its lines and proposals", description = LINES + "Also the training "
			+ "needs of the new hires (the new-hire paths and the position's paths) and the goals' targets split over "
			+ "departments (KPI targets). A manager sees the lines, drivers and proposals of their subtree only")
	PlanView get(@PathVariable UUID id) {
		return plans.get(id);
	}

	@PutMapping("/api/v1/workforce-plans/{id}")
	@PreAuthorize(MAY_WRITE)
	@Operation(summary = "Replace a plan's strategy map and recalculate its lines", description = "Validated like "
			+ "the creation; requisitions already created stay linked to their lines; audited")
	PlanView update(@PathVariable UUID id, @Valid @RequestBody SavePlan command) {
		return plans.update(id, command);
	}

	@DeleteMapping("/api/v1/workforce-plans/{id}")
	@PreAuthorize(MAY_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a workforce plan", description = "Requisitions it created stay in recruitment; audited")
	void delete(@PathVariable UUID id) {
		plans.delete(id);
	}

	@PostMapping("/api/v1/workforce-plans/{id}/requisitions")
	@PreAuthorize(MAY_WRITE)
	@Operation(summary = "Create requisitions for the plan's positive gaps", description = "One DRAFT requisition in "
			+ "recruitment per line with a positive gap, for the whole gap, when the headcount plan of the department "
			+ "and position leaves room for it (planned − filled − the headcount of requisitions not closed); a line "
			+ "over it is reported as OVER_HEADCOUNT_PLAN with what is available and not created. Idempotent: a line "
			+ "that already produced a requisition is reported as ALREADY_CREATED; audited")
	List<RequisitionProposal> proposeRequisitions(@PathVariable UUID id) {
		return plans.proposeRequisitions(id);
	}

	@GetMapping("/api/v1/workforce-plans/{id}/tracking")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "Planned against actual headcount per month of the plan year", description = "Per line and "
			+ "in total: planned rises evenly from the line's current headcount to its required headcount in December; "
			+ "actual is the month-end snapshot (taken by a nightly job once the month is over), today's headcount for "
			+ "the current month, null for months to come. A manager sees the lines of their subtree only")
	Tracking tracking(@PathVariable UUID id) {
		return plans.tracking(id);
	}
}
