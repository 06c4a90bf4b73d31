package io.renloop.analytics.web;

import io.renloop.analytics.DashboardView;
import io.renloop.analytics.Dashboards;
import io.renloop.analytics.ReadModels;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard pages: the index of dashboard cards, one dashboard with its filters and charts (every number links to
 * the people behind it), and the people behind a number.
 */
@Controller
class DashboardPageController {

	private final Dashboards dashboards;

	private final ReadModels readModels;

	private final Organization organization;

	private final JsonMapper json;

	DashboardPageController(Dashboards dashboards, ReadModels readModels, Organization organization, JsonMapper json) {
		this.dashboards = dashboards;
		this.readModels = readModels;
		this.organization = organization;
		this.json = json;
	}

	@GetMapping("/analytics")
	@PreAuthorize(DashboardApiController.MAY_READ)
	String index(Model model) {
		List<String> visible = visible();
		Map<String, String> minis = new LinkedHashMap<>();
		for (String name : visible) {
			List<DashboardView.Series> series = dashboards.dashboard(name, null, null, null).series();
			minis.put(name, series.isEmpty() ? "null" : json.writeValueAsString(series.get(0)));
		}
		model.addAttribute("dashboards", visible);
		model.addAttribute("minis", minis);
		return "analytics/dashboards";
	}

	@GetMapping("/analytics/{dashboard}")
	@PreAuthorize(DashboardApiController.MAY_READ)
	String dashboard(@PathVariable String dashboard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID departmentId, Model model) {
		DashboardView view = dashboards.dashboard(dashboard, from, to, departmentId);
		model.addAttribute("view", view);
		// "</" would end the script element the JSON sits in
		model.addAttribute("json", json.writeValueAsString(view).replace("</", "<\\/"));
		model.addAttribute("units", units());
		model.addAttribute("dashboards", visible());
		model.addAttribute("aggregateOnly", "tenure-age".equals(dashboard));
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/{dashboard}/rows")
	@PreAuthorize(DashboardApiController.MAY_READ)
	String rows(@PathVariable String dashboard, @RequestParam String series, @RequestParam String x,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID departmentId, Model model) {
		DashboardView view = dashboards.dashboard(dashboard, from, to, departmentId);
		model.addAttribute("view", view);
		model.addAttribute("series", series);
		model.addAttribute("x", x);
		model.addAttribute("point", point(view, series, x));
		model.addAttribute("rows", dashboards.rows(dashboard, series, x, view.from(), view.to(), departmentId,
				DashboardApiController.MAX_ROWS));
		return "analytics/dashboard-rows";
	}

	@PostMapping("/analytics/rebuild")
	@PreAuthorize("hasAuthority('ANALYTICS_ADMIN')")
	String rebuild(RedirectAttributes redirect) {
		ReadModels.Rebuilt rebuilt = readModels.rebuild();
		redirect.addFlashAttribute("rebuilt", rebuilt);
		return "redirect:/analytics";
	}

	/** "Series – point" as the dashboard labels them, for the rows page's heading. */
	private static String point(DashboardView view, String series, String x) {
		return view.series()
			.stream()
			.filter(s -> s.key().equals(series))
			.findFirst()
			.map(s -> s.label() + " – " + s.points()
				.stream()
				.filter(p -> p.x().equals(x))
				.findFirst()
				.map(DashboardView.Point::label)
				.orElse(x))
			.orElse(series + " – " + x);
	}

	/** The units the viewer may filter by: their scope, or every unit. */
	private List<DepartmentView> units() {
		Optional<Set<UUID>> scope = organization.departmentsInScope(CurrentUser.require());
		return organization.departments()
			.stream()
			.filter(d -> scope.map(s -> s.contains(d.id())).orElse(true))
			.toList();
	}

	private static List<String> visible() {
		CurrentUser me = CurrentUser.require();
		return Dashboards.NAMES.stream()
			.filter(name -> !"payroll-cost".equals(name) || me.can(Permission.PAYROLL_READ))
			.filter(name -> !"performance".equals(name) || me.can(Permission.PERFORMANCE_READ))
			.toList();
	}
}
