package io.renloop.analytics.web;

import io.renloop.analytics.AttritionModels;
import io.renloop.analytics.AttritionRisks;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The attrition pages: people by risk in the viewer's scope with a unit filter, one employee's risk and reasons (the
 * dashboards' drill-down lists link here), and the model card.
 */
@Controller
class AttritionPageController {

	private final AttritionRisks risks;

	private final AttritionModels models;

	private final Organization organization;

	private final MessageSource messages;

	AttritionPageController(AttritionRisks risks, AttritionModels models, Organization organization,
			MessageSource messages) {
		this.risks = risks;
		this.models = models;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/analytics/attrition")
	@PreAuthorize(AttritionRiskApiController.MAY_READ)
	String list(@RequestParam(required = false) UUID departmentId, Model model) {
		model.addAttribute("departments", departmentsInScope());
		model.addAttribute("departmentId", departmentId);
		try {
			model.addAttribute("risks", risks.risks(departmentId));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("risks", List.of());
			model.addAttribute("noModel", message(ex));
		}
		return "analytics/attrition";
	}

	@GetMapping("/analytics/attrition/employees/{employeeId}")
	@PreAuthorize(AttritionRiskApiController.MAY_READ)
	String employee(@PathVariable UUID employeeId, Model model) {
		try {
			model.addAttribute("risk", risks.risk(employeeId));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("noModel", message(ex));
		}
		return "analytics/attrition-employee";
	}

	@GetMapping("/analytics/attrition/model")
	@PreAuthorize(AttritionRiskApiController.MAY_READ)
	String model(@RequestParam(required = false) UUID modelId, Model model) {
		boolean admin = CurrentUser.require().can(io.renloop.platform.Permission.ANALYTICS_ADMIN);
		model.addAttribute("card", modelId != null && admin ? models.card(modelId) : risks.currentModel().orElse(null));
		model.addAttribute("others", admin ? models.models() : List.of());
		model.addAttribute("admin", admin);
		return "analytics/attrition-model";
	}

	private List<DepartmentView> departmentsInScope() {
		CurrentUser user = CurrentUser.require();
		List<DepartmentView> all = organization.departments();
		if (user.dataScope() == DataScope.TENANT) {
			return all;
		}
		Set<UUID> scope = organization.departmentsInScope(user).orElse(Set.of());
		return all.stream().filter(department -> scope.contains(department.id())).toList();
	}

	private String message(BusinessRuleException ex) {
		return messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale());
	}
}
