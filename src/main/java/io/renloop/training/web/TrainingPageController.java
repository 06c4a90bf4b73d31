package io.renloop.training.web;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantTime;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.SaveCourse;
import io.renloop.training.Certificates;
import io.renloop.training.Enrolments;
import io.renloop.training.Exams;
import io.renloop.training.Recommendations;
import io.renloop.training.TrainingEffectiveness;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training desk: the catalogue with the year's figures, the latest enrolments, compliance per department and an
 * employee's recommendations that a manager accepts in one tap.
 */
@Controller
class TrainingPageController {

	private final Catalogue catalogue;

	private final Enrolments enrolments;

	private final Exams exams;

	private final Certificates certificates;

	private final Recommendations recommendations;

	private final TrainingEffectiveness.Figures figures;

	private final Organization organization;

	private final PageActions actions;

	private final TenantTime time;

	TrainingPageController(Catalogue catalogue, Enrolments enrolments, Exams exams, Certificates certificates,
			Recommendations recommendations, TrainingEffectiveness.Figures figures, Organization organization,
			PageActions actions, TenantTime time) {
		this.catalogue = catalogue;
		this.enrolments = enrolments;
		this.exams = exams;
		this.certificates = certificates;
		this.recommendations = recommendations;
		this.figures = figures;
		this.organization = organization;
		this.actions = actions;
		this.time = time;
	}

	@GetMapping("/training")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String desk(Model model) {
		model.addAttribute("courses", catalogue.courses());
		model.addAttribute("paths", catalogue.paths());
		model.addAttribute("exams", exams.exams());
		model.addAttribute("enrolments", enrolments.recent(50));
		if (CurrentUser.require().can(Permission.TRAINING_ADMIN)) {
			model.addAttribute("figures", figures.of(time.today().getYear()));
		}
		return "training/desk";
	}

	@PostMapping("/training/courses")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	String addCourse(@RequestParam String code, @RequestParam String titleZh, @RequestParam String titleEn,
			@RequestParam CourseKind kind, @RequestParam(required = false) ContentKind contentKind,
			@RequestParam(required = false) Integer contentSeconds, @RequestParam BigDecimal hours,
			@RequestParam(required = false) BigDecimal cost, @RequestParam(required = false) String tags,
			@RequestParam(required = false) String performanceItem, RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/training", "training.page.courseAdded",
				() -> catalogue.create(new SaveCourse(code, titleZh, titleEn, kind, contentKind, contentSeconds, null,
						null, hours, hours, cost, null, tags == null || tags.isBlank() ? List.of()
								: List.of(tags.split("[,，]")), performanceItem)));
	}

	@GetMapping("/training/courses/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String course(@PathVariable UUID id, Model model) {
		model.addAttribute("course", catalogue.course(id));
		model.addAttribute("sessions", SignInTokens.visible(catalogue.sessions(id)));
		return "training/course";
	}

	@GetMapping("/training/compliance")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String compliance(@RequestParam(required = false) UUID departmentId,
			@RequestParam(required = false) Certificates.Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("departments", organization.departments());
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("overview", certificates.overview(departmentId, status, page));
		return "training/compliance";
	}

	@GetMapping("/training/employees/{id}")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	String employee(@PathVariable UUID id, Model model) {
		model.addAttribute("employeeId", id);
		// nobody recommends a course to themselves (the API refuses it): the form is for managers and HR
		model.addAttribute("mayRecommend", !id.equals(CurrentUser.require().employeeId()));
		model.addAttribute("recommendations", recommendations.forEmployee(id));
		model.addAttribute("courses", catalogue.courses());
		model.addAttribute("enrolments", enrolments.of(id));
		model.addAttribute("certificates", certificates.of(id));
		return "training/employee";
	}

	@PostMapping("/training/employees/{id}/accept")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String accept(@PathVariable UUID id, @RequestParam UUID courseId, RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/training/employees/" + id, "training.page.accepted",
				() -> recommendations.accept(id, courseId));
	}

	@PostMapping("/training/employees/{id}/recommend")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	String recommend(@PathVariable UUID id, @RequestParam UUID courseId, @RequestParam String text,
			RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/training/employees/" + id, "training.page.recommended",
				() -> recommendations.recommend(new Recommendations.Recommend(id, courseId, text)));
	}
}
