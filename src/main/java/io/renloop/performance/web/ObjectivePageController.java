package io.renloop.performance.web;

import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceObjectives;
import io.renloop.performance.SaveObjective;
import io.renloop.performance.SaveObjective.ObjectiveOwner;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PageActions;
import io.renloop.platform.Permission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The OKR of a cycle as the cascade tree everyone in the tenant reads (company on top, the departments' and people's
 * objectives aligned below, each with its progress and confidence), a form to add one's own, one's department's or
 * the company's objective under a parent, and progress check-ins on the objectives the viewer keeps.
 */
@Controller
class ObjectivePageController {

	private final PerformanceCycles cycles;

	private final PerformanceObjectives objectives;

	private final PageActions actions;

	ObjectivePageController(PerformanceCycles cycles, PerformanceObjectives objectives, PageActions actions) {
		this.cycles = cycles;
		this.objectives = objectives;
		this.actions = actions;
	}

	@GetMapping("/performance/cycles/{id}/objectives")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	String tree(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		List<ObjectiveView> tree = objectives.tree(id);
		model.addAttribute("cycle", cycles.get(id));
		model.addAttribute("tree", tree);
		model.addAttribute("parents", flatten(tree, new ArrayList<>()));
		model.addAttribute("mine", List.of(user.employeeId() == null ? "" : user.employeeId().toString(),
				user.departmentId() == null ? "" : user.departmentId().toString()));
		model.addAttribute("admin", user.can(Permission.PERFORMANCE_ADMIN));
		return "performance/objectives";
	}

	@PostMapping("/performance/cycles/{id}/objectives")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String create(@PathVariable UUID id, @RequestParam String title, @RequestParam String owner,
			@RequestParam(required = false) UUID parentId, @RequestParam String keyResults,
			RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/performance/cycles/" + id + "/objectives", () -> {
			CurrentUser user = CurrentUser.require();
			ObjectiveOwner kind = switch (owner) {
				case "COMPANY" -> ObjectiveOwner.COMPANY;
				case "DEPARTMENT" -> ObjectiveOwner.DEPARTMENT;
				default -> ObjectiveOwner.EMPLOYEE;
			};
			UUID ownerId = switch (kind) {
				case COMPANY -> null;
				case DEPARTMENT -> user.departmentId();
				case EMPLOYEE -> user.employeeId();
			};
			if (title.isBlank()) {
				throw InvalidFieldsException.of("title", "performance.page.titleRequired");
			}
			objectives.create(id, new SaveObjective(title.strip(), kind, ownerId, parentId, keyResults(keyResults)));
			return actions.text("performance.page.objectiveAdded");
		});
	}

	@PostMapping("/performance/objectives/{objectiveId}/check-in")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String checkIn(@PathVariable UUID objectiveId, @RequestParam UUID cycleId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/performance/cycles/" + cycleId + "/objectives", () -> {
			List<KeyResult> progress = new ArrayList<>();
			for (int i = 0; form.containsKey("current." + i); i++) {
				// the title and target stay as set; only the value reached and the confidence are checked in
				BigDecimal current = new BigDecimal(form.get("current." + i).strip());
				int confidence = Integer.parseInt(form.getOrDefault("confidence." + i, "5").strip());
				if (current.signum() < 0 || confidence < 0 || confidence > 10) {
					throw InvalidFieldsException.of("current", "performance.page.checkInRange");
				}
				progress.add(new KeyResult("-", BigDecimal.ONE, current, confidence));
			}
			objectives.checkIn(objectiveId, progress, form.getOrDefault("note", "").strip());
			return actions.text("performance.page.checkedIn");
		});
	}

	/** Key results typed one a line as "title | target". */
	private static List<KeyResult> keyResults(String lines) {
		List<KeyResult> results = new ArrayList<>();
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[|｜]");
			if (parts.length != 2 || parts[0].isBlank()) {
				throw InvalidFieldsException.of("keyResults", "performance.page.keyResultLine", line.strip());
			}
			BigDecimal target;
			try {
				target = new BigDecimal(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				throw InvalidFieldsException.of("keyResults", "performance.page.keyResultLine", line.strip());
			}
			if (target.signum() <= 0) {
				throw InvalidFieldsException.of("keyResults", "performance.page.keyResultLine", line.strip());
			}
			results.add(new KeyResult(parts[0].strip(), target, BigDecimal.ZERO, 5));
		}
		if (results.isEmpty() || results.size() > 10) {
			throw InvalidFieldsException.of("keyResults", "performance.page.keyResultsCount");
		}
		return results;
	}

	private static List<ObjectiveView> flatten(List<ObjectiveView> nodes, List<ObjectiveView> into) {
		for (ObjectiveView node : nodes) {
			into.add(node);
			flatten(node.children(), into);
		}
		return into;
	}
}
