package io.renloop.interview.web;

import io.renloop.interview.AnswerRecordings;
import io.renloop.interview.CandidateInterviewView;
import io.renloop.interview.CandidateInterviews;
import io.renloop.interview.InterviewPlanDefinition;
import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.InterviewPlanDefinition.PlannedQuestion;
import io.renloop.interview.InterviewPlanView;
import io.renloop.interview.InterviewInvitations;
import io.renloop.interview.InterviewPlans;
import io.renloop.interview.InterviewReport;
import io.renloop.interview.InterviewSessions;
import io.renloop.interview.InterviewSessions.SessionLink;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionFilter;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Decimals;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * AI interview pages: the candidate's phone page behind the link, HR's report with a radar chart, and HR's plan
 * page that also starts interviews for the requisition's applications.
 */
@Controller
class InterviewPageController {

	/** Labels of the candidate page, resolved in the interview's language rather than the browser's. */
	private static final List<String> CANDIDATE_LABELS = List.of("title", "consent", "start", "question", "timeLeft",
			"save", "saved", "next", "submit", "submitted", "timeUp", "confirmSubmit", "of", "feedback", "feedbackStrengths",
			"feedbackImprovements", "recordingNotice", "record", "stopRecording", "recording", "recorded", "recordingFailed");

	private final CandidateInterviews candidates;

	private final InterviewSessions sessions;

	private final InterviewPlans plans;

	private final QuestionBank bank;

	private final Requisitions requisitions;

	private final Applications applications;

	private final CandidateLinks links;

	private final MessageSource messages;

	private final InterviewInvitations invitations;

	private final AnswerRecordings recordings;

	InterviewPageController(CandidateInterviews candidates, InterviewSessions sessions, InterviewPlans plans,
			QuestionBank bank, Requisitions requisitions, Applications applications, CandidateLinks links,
			MessageSource messages, InterviewInvitations invitations, AnswerRecordings recordings) {
		this.invitations = invitations;
		this.candidates = candidates;
		this.sessions = sessions;
		this.plans = plans;
		this.bank = bank;
		this.requisitions = requisitions;
		this.applications = applications;
		this.links = links;
		this.messages = messages;
		this.recordings = recordings;
	}

	@GetMapping("/interview/{token:[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}")
	String candidate(@PathVariable String token, Model model) {
		CandidateInterviewView state = candidates.state(token);
		Locale locale = "zh".equals(state.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Map<String, String> labels = new LinkedHashMap<>();
		CANDIDATE_LABELS.forEach(l -> labels.put(l, messages.getMessage("interview.candidate." + l, null, locale)));
		model.addAttribute("token", token);
		model.addAttribute("state", state);
		model.addAttribute("labels", labels);
		model.addAttribute("labelKeys", String.join("|", labels.keySet()));
		model.addAttribute("labelValues", String.join("|", labels.values()));
		model.addAttribute("htmlLang", "zh".equals(state.language()) ? "zh-CN" : "en");
		return "interview/candidate";
	}

	@GetMapping("/interview/sessions/{sessionId}")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	String report(@PathVariable UUID sessionId, Model model) {
		InterviewReport report = sessions.report(sessionId);
		model.addAttribute("report", report);
		model.addAttribute("recordings", recordings.ofSession(sessionId));
		model.addAttribute("radarNames", String.join("|", report.dimensions().stream().map(d -> d.dimension()).toList()));
		model.addAttribute("radarScores", String.join(",", report.dimensions().stream().map(d -> String.valueOf(d.score())).toList()));
		return "interview/report";
	}

	@GetMapping("/interview/requisitions/{id}/plan")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	String plan(@PathVariable UUID id, Model model) {
		InterviewPlanView plan;
		try {
			plan = plans.get(id);
		}
		catch (NotFoundException ex) {
			plan = null;
		}
		return planPage(id, plan, Map.of(), model);
	}

	@PostMapping("/interview/requisitions/{id}/plan")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String savePlan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<PlannedQuestion> questions = new ArrayList<>();
		for (String questionId : form.getOrDefault("question", List.of())) {
			String order = form.getFirst("order-" + questionId);
			questions.add(new PlannedQuestion(UUID.fromString(questionId),
					StringUtils.hasText(order) ? Integer.valueOf(order.strip()) : questions.size() + 1));
		}
		List<DimensionWeight> weights = new ArrayList<>();
		List<String> dimensions = form.getOrDefault("dimension", List.of());
		List<String> values = form.getOrDefault("weight", List.of());
		for (int i = 0; i < dimensions.size() && i < values.size(); i++) {
			if (StringUtils.hasText(dimensions.get(i)) && StringUtils.hasText(values.get(i))) {
				weights.add(new DimensionWeight(dimensions.get(i).strip(), Decimals.parse(values.get(i))));
			}
		}
		String threshold = form.getFirst("passThreshold");
		InterviewPlanDefinition definition = new InterviewPlanDefinition(questions, weights.isEmpty() ? null : weights,
				StringUtils.hasText(threshold) ? Integer.valueOf(threshold.strip()) : 60, null);
		if (questions.isEmpty() || questions.size() > 20) {
			return planPage(id, null, Map.of("questions", messages.getMessage("interview.planPage.questionCount", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale())), model);
		}
		try {
			plans.put(id, definition);
		}
		catch (InvalidFieldsException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.merge(p.field().replaceAll("\\[.*", ""), messages.getMessage(p.messageKey(),
					p.arguments(), org.springframework.context.i18n.LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
			return planPage(id, null, errors, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/interview/requisitions/" + id + "/plan";
	}

	@PostMapping("/interview/requisitions/{id}/plan/applications/{applicationId}")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String startInterview(@PathVariable UUID id, @PathVariable UUID applicationId, RedirectAttributes redirect) {
		SessionLink link = sessions.start(applicationId);
		String url = links.url(link.token());
		redirect.addFlashAttribute("candidateUrl", url);
		redirect.addFlashAttribute("emailed", invitations.emailAiInterviewLink(link.sessionId(), url));
		redirect.addFlashAttribute("startedFor", applicationId);
		return "redirect:/interview/requisitions/" + id + "/plan";
	}

	private String planPage(UUID id, InterviewPlanView plan, Map<String, String> errors, Model model) {
		RequisitionView requisition = requisitions.get(id);
		model.addAttribute("requisition", requisition);
		model.addAttribute("plan", plan);
		model.addAttribute("errors", errors);
		model.addAttribute("bank", bank.list(new QuestionFilter(null, null, null, null), 0, 200).content());
		Map<UUID, Integer> planned = new LinkedHashMap<>();
		if (plan != null) {
			plan.questions().forEach(q -> planned.put(q.questionId(), q.order()));
		}
		model.addAttribute("planned", planned);
		List<DimensionWeight> weights = new ArrayList<>(plan != null ? plan.dimensionWeights()
				: requisition.competencyModel() == null ? List.of()
						: requisition.competencyModel().dimensions().stream()
							.map(d -> new DimensionWeight(d.name(), d.weight()))
							.toList());
		while (weights.size() < 6) {
			weights.add(new DimensionWeight("", null));
		}
		model.addAttribute("weights", weights);
		boolean canStart = CurrentUser.find().map(u -> u.can(Permission.INTERVIEW_WRITE)).orElse(false);
		model.addAttribute("applications", canStart ? applications.ofRequisition(id) : List.of());
		return "interview/plan";
	}
}
