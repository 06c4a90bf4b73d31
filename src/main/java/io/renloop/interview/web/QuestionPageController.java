package io.renloop.interview.web;

import io.renloop.interview.AnswerScoring;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.QuestionFilter;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.platform.InvalidFieldsException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The question bank pages: the list with filters, the question form with key-point suggestions, and the
 * calibration page that scores sample answers side by side.
 */
@Controller
@PreAuthorize("hasAuthority('INTERVIEW_READ')")
class QuestionPageController {

	private static final int PAGE_SIZE = 20;

	private static final int MAX_SAMPLE_ANSWER = 20000;

	private final QuestionBank bank;

	private final AnswerScoring scoring;

	private final Validator validator;

	private final MessageSource messages;

	QuestionPageController(QuestionBank bank, AnswerScoring scoring, Validator validator, MessageSource messages) {
		this.bank = bank;
		this.scoring = scoring;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/interview/questions")
	String list(@RequestParam(required = false) String dimension, @RequestParam(required = false) QuestionType type,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("result", bank.list(new QuestionFilter(dimension, type, language, null), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("dimension", dimension);
		model.addAttribute("type", type);
		model.addAttribute("language", language);
		model.addAttribute("types", QuestionType.values());
		return htmx != null ? "interview/questions :: results" : "interview/questions";
	}

	@GetMapping("/interview/questions/new")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String newQuestion(Model model) {
		return form(new QuestionForm(), null, Map.of(), model);
	}

	@GetMapping("/interview/questions/{id}/edit")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String edit(@PathVariable UUID id, Model model) {
		return form(QuestionForm.of(bank.get(id)), id, Map.of(), model);
	}

	@PostMapping("/interview/questions")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String create(@ModelAttribute("question") QuestionForm form, Model model, Locale locale) {
		return save(form, null, model, locale);
	}

	@PostMapping("/interview/questions/{id}")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String update(@PathVariable UUID id, @ModelAttribute("question") QuestionForm form, Model model, Locale locale) {
		bank.get(id);
		return save(form, id, model, locale);
	}

	@PostMapping("/interview/questions/suggest")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String suggest(@RequestParam(defaultValue = "") String referenceAnswer, @RequestParam(defaultValue = "zh") String language,
			Model model) {
		String text = referenceAnswer.length() > 4000 ? referenceAnswer.substring(0, 4000) : referenceAnswer;
		model.addAttribute("keyPoints", text.isBlank() ? ""
				: QuestionForm.keyPointLines(bank.suggestKeyPoints(text, "en".equals(language) ? "en" : "zh")));
		return "interview/question-form :: keyPoints";
	}

	@GetMapping("/interview/questions/{id}/calibrate")
	String calibrate(@PathVariable UUID id, Model model) {
		model.addAttribute("q", bank.get(id));
		return "interview/calibrate";
	}

	@PostMapping("/interview/questions/{id}/calibrate")
	String score(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model) {
		String answer = text.length() > MAX_SAMPLE_ANSWER ? text.substring(0, MAX_SAMPLE_ANSWER) : text;
		model.addAttribute("score", scoring.preview(id, answer));
		return "interview/calibrate :: result";
	}

	private String save(QuestionForm form, UUID id, Model model, Locale locale) {
		Map<String, String> problems = new LinkedHashMap<>();
		QuestionDefinition definition = form.definition(problems);
		problems.replaceAll((field, key) -> messages.getMessage(key, null, key, locale));
		for (ConstraintViolation<QuestionDefinition> violation : validator.validate(definition)) {
			problems.putIfAbsent(field(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (problems.isEmpty()) {
			try {
				QuestionView saved = id == null ? bank.create(definition) : bank.update(id, definition);
				return "redirect:/interview/questions/" + saved.id() + "/calibrate";
			}
			catch (InvalidFieldsException ex) {
				ex.problems().forEach(p -> problems.putIfAbsent(field(p.field()),
						messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)));
			}
		}
		return form(form, id, problems, model);
	}

	/** The form field a validation path belongs to, e.g. {@code rubric.keyPoints[0].weight} → keyPoints. */
	private static String field(String path) {
		String withoutRubric = path.startsWith("rubric.") ? path.substring("rubric.".length()) : path;
		int end = withoutRubric.indexOf('[');
		int dot = withoutRubric.indexOf('.');
		int cut = end < 0 ? dot : dot < 0 ? end : Math.min(end, dot);
		return cut < 0 ? withoutRubric : withoutRubric.substring(0, cut);
	}

	private String form(QuestionForm form, UUID id, Map<String, String> problems, Model model) {
		model.addAttribute("question", form);
		model.addAttribute("questionId", id);
		model.addAttribute("problems", problems);
		model.addAttribute("types", QuestionType.values());
		return "interview/question-form";
	}
}
