package io.renloop.performance.web;

import io.renloop.performance.CreateCycle;
import io.renloop.performance.CycleKind;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.MetricImportResult;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceMetrics;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PageActions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's desk for running a cycle without the API: opening a cycle, moving it through its phases, scoring every review
 * from the metric data, submitting for approval, publishing, and metric data from a spreadsheet checked before it
 * is saved. Every refusal comes back as a readable message on the page.
 */
@Controller
class CycleDeskPageController {

	private static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?";

	private final PerformanceCycles cycles;

	private final PerformanceMetrics metrics;

	private final PageActions actions;

	CycleDeskPageController(PerformanceCycles cycles, PerformanceMetrics metrics, PageActions actions) {
		this.cycles = cycles;
		this.metrics = metrics;
		this.actions = actions;
	}

	@PostMapping("/performance/cycles")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String open(@RequestParam String name, @RequestParam CycleKind kind, @RequestParam String period,
			@RequestParam String periodStart, @RequestParam String periodEnd, @RequestParam String templateCode,
			@RequestParam(required = false) UUID departmentId,
			@RequestParam(defaultValue = "false") boolean forcedDistribution, RedirectAttributes redirect) {
		UUID[] opened = new UUID[1];
		String back = actions.attempt(redirect, "redirect:/performance", () -> {
			if (name.isBlank()) {
				throw InvalidFieldsException.of("name", "performance.page.nameRequired");
			}
			if (!period.strip().matches(PERIOD)) {
				throw InvalidFieldsException.of("period", "performance.metric.period");
			}
			CycleView cycle = cycles.create(new CreateCycle(name.strip(), kind, period.strip(), day(periodStart),
					day(periodEnd), templateCode, departmentId, forcedDistribution));
			opened[0] = cycle.id();
			return actions.text("performance.page.opened", cycle.name(), cycle.reviewCount());
		});
		return opened[0] == null ? back : "redirect:/performance/cycles/" + opened[0];
	}

	@PostMapping("/performance/cycles/{id}/phase")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String advance(@PathVariable UUID id, @RequestParam CyclePhase phase, RedirectAttributes redirect) {
		return actions.attempt(redirect, cyclePage(id), () -> {
			CycleView cycle = cycles.advance(id, phase);
			return actions.text("performance.page.phaseNow", actions.text("performance.phase." + cycle.phase()));
		});
	}

	@PostMapping("/performance/cycles/{id}/score")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String score(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, cyclePage(id),
				() -> actions.text("performance.page.scoredAll", cycles.score(id)));
	}

	@PostMapping("/performance/cycles/{id}/submit")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, cyclePage(id), () -> {
			cycles.submit(id);
			return actions.text("performance.page.submitted");
		});
	}

	@PostMapping("/performance/cycles/{id}/publish")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, cyclePage(id), () -> {
			cycles.publish(id);
			return actions.text("performance.page.published");
		});
	}

	@GetMapping("/performance/metrics")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String metricsPage() {
		return "performance/metrics";
	}

	@PostMapping("/performance/metrics")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	String importMetrics(@RequestParam String period, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean save, Model model) {
		model.addAttribute("period", period);
		if (!period.strip().matches(PERIOD)) {
			model.addAttribute("error", actions.text("performance.metric.period"));
			return "performance/metrics";
		}
		if (file.isEmpty()) {
			model.addAttribute("error", actions.text("performance.page.fileRequired"));
			return "performance/metrics";
		}
		try {
			MetricImportResult result = metrics.addFile(period.strip(), file.getOriginalFilename(), file.getBytes(),
					!save);
			model.addAttribute("result", result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFieldsException ex) {
			InvalidFieldsException.FieldProblem problem = ex.problems().get(0);
			model.addAttribute("error", actions.text(problem.messageKey(), problem.arguments()));
		}
		return "performance/metrics";
	}

	private static String cyclePage(UUID id) {
		return "redirect:/performance/cycles/" + id;
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidFieldsException.of("periodStart", "performance.page.badDate");
		}
	}
}
