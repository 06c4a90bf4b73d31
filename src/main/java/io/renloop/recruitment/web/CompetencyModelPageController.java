package io.renloop.recruitment.web;

import io.renloop.organization.Organization;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModelView;
import io.renloop.recruitment.CompetencyModels;
import io.renloop.recruitment.EducationLevel;
import io.renloop.recruitment.IdealProfiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits a position's competency model, next to the ideal profile derived from its current employees. Accepting a
 * suggestion puts it into the form (not yet saved); saving goes through {@link CompetencyModels#save}, and every
 * problem is shown next to the form in the reader's language.
 */
@Controller
@RequestMapping("/recruitment/positions/{id}/competency-model")
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class CompetencyModelPageController {

	private final CompetencyModels models;

	private final IdealProfiles idealProfiles;

	private final Organization organization;

	private final Validator validator;

	private final MessageSource messages;

	CompetencyModelPageController(CompetencyModels models, IdealProfiles idealProfiles, Organization organization,
			Validator validator, MessageSource messages) {
		this.models = models;
		this.idealProfiles = idealProfiles;
		this.organization = organization;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		CompetencyModelForm form = CompetencyModelForm.of(models.find(id).map(CompetencyModelView::model).orElse(null));
		return page(id, form, Map.of(), model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	String save(@PathVariable UUID id, @ModelAttribute("form") CompetencyModelForm form,
			@RequestParam(required = false) String accept, Model model, Locale locale, RedirectAttributes redirect) {
		if (accept != null) {
			SuggestionAcceptance.apply(accept, form);
			model.addAttribute("accepted", true);
			return page(id, form.withSpareRows(), Map.of(), model);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		CompetencyModel competencyModel = form.toModel(errors);
		errors.replaceAll((field, key) -> messages.getMessage(key, null, locale));
		if (errors.isEmpty()) {
			for (ConstraintViolation<CompetencyModel> violation : validator.validate(competencyModel)) {
				errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
			}
		}
		if (errors.isEmpty()) {
			try {
				models.save(id, competencyModel);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/recruitment/positions/" + id + "/competency-model";
			}
			catch (InvalidFieldsException ex) {
				ex.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)));
			}
		}
		return page(id, form.withSpareRows(), errors, model);
	}

	private String page(UUID id, CompetencyModelForm form, Map<String, String> errors, Model model) {
		model.addAttribute("position", organization.position(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("ideal", idealProfiles.of(id));
		return "recruitment/competency-model";
	}
}
