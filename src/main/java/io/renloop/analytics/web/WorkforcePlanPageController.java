package io.renloop.analytics.web;

import io.renloop.analytics.WorkforcePlans;
import io.renloop.analytics.WorkforcePlans.PlanView;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantTime;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workforce plan pages: the list with a form to create a plan (from one goal and one driver, or as a copy of
 * another plan's strategy map), and a plan's page — the strategy map as goals → drivers → lines, the gap chart, the
 * requisition button with its result, training needs, KPI targets and the tracking chart, with forms to change the map.
 */
@Controller
class WorkforcePlanPageController {

	private static final String LIST = "redirect:/analytics/workforce-plans";

	private final WorkforcePlans plans;

	private final Organization organization;

	private final WorkforcePlanPageActions actions;

	private final TenantTime time;

	WorkforcePlanPageController(WorkforcePlans plans, Organization organization, WorkforcePlanPageActions actions,
			TenantTime time) {
		this.plans = plans;
		this.organization = organization;
		this.actions = actions;
		this.time = time;
	}

	@GetMapping("/analytics/workforce-plans")
	@PreAuthorize(WorkforcePlanApiController.MAY_READ)
	String list(Model model) {
		model.addAttribute("plans", plans.list());
		organizationOptions(model);
		return "analytics/workforce-plans";
	}

	@PostMapping("/analytics/workforce-plans")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String create(WorkforcePlanForms.NewPlan form, RedirectAttributes redirect) {
		return actions.attempt(redirect, LIST, "analytics.workforce.created", () -> {
			SavePlan plan = form.copyFrom() != null ? WorkforcePlanForms.copy(plans.get(form.copyFrom()), form)
					: form.toPlan();
			return "redirect:/analytics/workforce-plans/" + plans.create(plan).id();
		});
	}

	@GetMapping("/analytics/workforce-plans/{id}")
	@PreAuthorize(WorkforcePlanApiController.MAY_READ)
	String plan(@PathVariable UUID id, Model model) {
		PlanView plan = plans.get(id);
		model.addAttribute("plan", plan);
		model.addAttribute("tracking", plans.tracking(id));
		model.addAttribute("canWrite", CurrentUser.require().can(Permission.ANALYTICS_ADMIN));
		Map<UUID, String> positions = organizationOptions(model);
		// the basis positions of each ratio rule by name, for the sentence that states the rule
		model.addAttribute("ruleBases", plan.ratioRules()
			.stream()
			.map(rule -> rule.basisPositionIds().stream().map(positions::get).collect(Collectors.joining("、")))
			.toList());
		return "analytics/workforce-plan";
	}

	@PostMapping("/analytics/workforce-plans/{id}/requisitions")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String proposeRequisitions(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, detail(id), null, () -> {
			// flash attributes travel in the database session: plain serializable rows
			redirect.addFlashAttribute("proposals", plans.proposeRequisitions(id)
				.stream()
				.map(p -> new ProposalRow(p.departmentName() + " · " + p.positionName() + " · " + p.gap(),
						p.outcome().name(), p.requisitionId(), p.available()))
				.toList());
			return detail(id);
		});
	}

	@PostMapping("/analytics/workforce-plans/{id}/goals")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String addGoal(@PathVariable UUID id, WorkforcePlanForms.NewGoal form, RedirectAttributes redirect) {
		return change(id, redirect, plan -> WorkforcePlanForms.withGoal(plan, form.toGoal()));
	}

	@PostMapping("/analytics/workforce-plans/{id}/drivers")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String addDriver(@PathVariable UUID id, WorkforcePlanForms.NewDriver form, RedirectAttributes redirect) {
		return change(id, redirect, plan -> WorkforcePlanForms.withDriver(plan, form.toDriver()));
	}

	@PostMapping("/analytics/workforce-plans/{id}/rules")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String addRule(@PathVariable UUID id, WorkforcePlanForms.NewRule form, RedirectAttributes redirect) {
		return change(id, redirect, plan -> WorkforcePlanForms.withRule(plan, form.toRule()));
	}

	@PostMapping("/analytics/workforce-plans/{id}/drivers/{index}/remove")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String removeDriver(@PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
		return change(id, redirect, plan -> WorkforcePlanForms.withoutDriver(plan, index));
	}

	@PostMapping("/analytics/workforce-plans/{id}/rules/{index}/remove")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String removeRule(@PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
		return change(id, redirect, plan -> WorkforcePlanForms.withoutRule(plan, index));
	}

	@PostMapping("/analytics/workforce-plans/{id}/delete")
	@PreAuthorize(WorkforcePlanApiController.MAY_WRITE)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, detail(id), "analytics.workforce.deleted", () -> {
			plans.delete(id);
			return LIST;
		});
	}

	private String change(UUID id, RedirectAttributes redirect, UnaryOperator<SavePlan> change) {
		return actions.attempt(redirect, detail(id), "analytics.workforce.saved", () -> {
			PlanView plan = plans.get(id);
			plans.update(id, change.apply(WorkforcePlanForms.strategy(plan)));
			return detail(id);
		});
	}

	/** A line of the requisition button's answer. */
	record ProposalRow(String line, String outcome, UUID requisitionId, Long available) implements Serializable {
	}

	private static String detail(UUID id) {
		return "redirect:/analytics/workforce-plans/" + id;
	}

	/** Departments and positions by id for the forms and the labels; returns the positions. */
	private Map<UUID, String> organizationOptions(Model model) {
		Map<UUID, String> departments = new LinkedHashMap<>();
		organization.departments().forEach(d -> departments.put(d.id(), d.name()));
		Map<UUID, String> positions = new LinkedHashMap<>();
		organization.positions().forEach(p -> positions.put(p.id(), p.name()));
		model.addAttribute("departments", departments);
		model.addAttribute("positions", positions);
		model.addAttribute("nextYear", time.today().getYear() + 1);
		return positions;
	}
}
