package io.renloop.training.web;

import io.renloop.training.Catalogue;
import io.renloop.training.Certificates;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.Enrolments.Progress;
import io.renloop.training.Exams;
import io.renloop.training.Recommendations;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My learning on the phone: my courses with progress, the course player (resumes where I stopped), classroom sign-in
 * by the trainer's code, exams, my certificates and what is recommended to me and why.
 */
@Controller
class MyTrainingPageController {

	private final Enrolments enrolments;

	private final Catalogue catalogue;

	private final Certificates certificates;

	private final Exams exams;

	private final Recommendations recommendations;

	private final PageActions actions;

	MyTrainingPageController(Enrolments enrolments, Catalogue catalogue, Certificates certificates, Exams exams,
			Recommendations recommendations, PageActions actions) {
		this.enrolments = enrolments;
		this.catalogue = catalogue;
		this.certificates = certificates;
		this.exams = exams;
		this.recommendations = recommendations;
		this.actions = actions;
	}

	@GetMapping("/me/training")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String mine(Model model) {
		model.addAttribute("enrolments", PageActions.orElse(enrolments::mine, List.of()));
		model.addAttribute("certificates", PageActions.orElse(certificates::mine, List.of()));
		model.addAttribute("recommendations", PageActions.orElse(recommendations::mine, List.of()));
		model.addAttribute("exams", exams.exams());
		return "training/me";
	}

	@GetMapping("/me/training/enrolments/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String enrolment(@PathVariable UUID id, Model model) {
		EnrolmentView enrolment = enrolments.mine().stream().filter(e -> e.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("TrainingEnrolment", id));
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("course", catalogue.course(enrolment.courseId()));
		return "training/me-course";
	}

	@GetMapping("/me/training/courses/{id}/content")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		return ContentResponses.of(catalogue.content(id));
	}

	/** The player's report; answers the new progress as text ("83%") for the page to show, whatever it accepts. */
	@PostMapping("/me/training/enrolments/{id}/progress")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseBody
	String progress(@PathVariable UUID id, @RequestParam int positionSeconds, @RequestParam int watchedSeconds) {
		return enrolments.recordProgress(id, new Progress(Math.max(0, Math.min(86400, positionSeconds)),
				Math.max(0, Math.min(86400, watchedSeconds)))).progressPercent() + "%";
	}

	@PostMapping("/me/training/enrolments/{id}/complete")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String complete(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/me/training", "training.page.completed",
				() -> enrolments.complete(id));
	}

	@PostMapping("/me/training/enrol")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String enrol(@RequestParam UUID courseId, @RequestParam(required = false) UUID sessionId,
			RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/me/training", "training.page.enrolled",
				() -> enrolments.enrol(new Enrolments.Enrol(courseId, null, sessionId)));
	}

	/** The address in the trainer's QR code: the phone opens it and confirms. */
	@GetMapping("/me/training/sign-in")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String signInForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "training/me-sign-in";
	}

	@PostMapping("/me/training/sign-in")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String signIn(@RequestParam String token, RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/me/training", "training.page.signedIn", () -> {
			try {
				return enrolments.signIn(token);
			}
			catch (NotFoundException unknownToken) {
				throw new BusinessRuleException(404, "error.training.signIn.unknownToken");
			}
		});
	}

	@PostMapping("/me/training/exams/{id}")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String startExam(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("attempt", exams.start(id));
			return "training/me-exam";
		}
		catch (BusinessRuleException refused) {
			return actions.refused(redirect, "redirect:/me/training", refused);
		}
	}

	@PostMapping("/me/training/attempts/{id}")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String submitExam(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Map<UUID, String> answers = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q_")) {
				try {
					answers.put(UUID.fromString(name.substring(2)), String.join(",", values));
				}
				catch (IllegalArgumentException notAQuestion) {
					// a field that is not an answer
				}
			}
		});
		try {
			model.addAttribute("result", exams.submit(id, answers));
			return "training/me-result";
		}
		catch (BusinessRuleException refused) {
			return actions.refused(redirect, "redirect:/me/training", refused);
		}
	}

	@GetMapping("/me/training/certificates/{id}/pdf")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate.pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(certificates.pdf(id));
	}
}
