package io.renloop.analytics.web;

import io.renloop.analytics.AttritionModels;
import io.renloop.analytics.AttritionRisks;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The model card page's forms for administrators: retrain the tenant's model, train one on an uploaded table. */
@Controller
class AttritionModelFormController {

	private static final String CARD = "redirect:/analytics/attrition/model";

	private final AttritionRisks risks;

	private final AttritionModels models;

	private final MessageSource messages;

	AttritionModelFormController(AttritionRisks risks, AttritionModels models, MessageSource messages) {
		this.risks = risks;
		this.models = models;
		this.messages = messages;
	}

	@PostMapping("/analytics/attrition/model/retrain")
	@PreAuthorize(AttritionModelApiController.MAY_ADMINISTER)
	String retrain(RedirectAttributes redirect) {
		try {
			risks.retrain(null);
			redirect.addFlashAttribute("notice", messages.getMessage("analytics.attrition.model.retrained", null,
					LocaleContextHolder.getLocale()));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", message(ex.messageKey(), ex.arguments()));
		}
		return CARD;
	}

	@PostMapping("/analytics/attrition/model/upload")
	@PreAuthorize(AttritionModelApiController.MAY_ADMINISTER)
	String upload(@RequestParam MultipartFile file, @RequestParam String target, @RequestParam String positive,
			@RequestParam(defaultValue = "") String exclude, RedirectAttributes redirect) throws IOException {
		List<String> excluded = Arrays.stream(exclude.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		try {
			AttritionModels.Created created = models.train(file.getOriginalFilename(), file.getBytes(), target,
					positive, excluded);
			return CARD + "?modelId=" + created.modelId();
		}
		catch (InvalidFieldsException ex) {
			InvalidFieldsException.FieldProblem problem = ex.problems().get(0);
			redirect.addFlashAttribute("error", message(problem.messageKey(), problem.arguments()));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", message(ex.messageKey(), ex.arguments()));
		}
		return CARD;
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
