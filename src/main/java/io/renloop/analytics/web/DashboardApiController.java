package io.renloop.analytics.web;

import io.renloop.analytics.DashboardRow;
import io.renloop.analytics.DashboardView;
import io.renloop.analytics.Dashboards;
import io.renloop.analytics.ReadModels;
import io.renloop.platform.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics", description = "Tenant-wide analyses over the other modules' data")
class DashboardApiController {

	static final String MAY_READ = "hasAuthority('ANALYTICS_READ')";

	/** The most rows a drill-down returns. */
	static final int MAX_ROWS = 5000;

	private final Dashboards dashboards;

	private final ReadModels readModels;

	private final DashboardExport export;

	DashboardApiController(Dashboards dashboards, ReadModels readModels, DashboardExport export) {
		this.dashboards = dashboards;
		this.readModels = readModels;
		this.export = export;
	}

	@GetMapping("/api/v1/analytics/{dashboard}")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "A people dashboard's series", description = """
			Dashboards: headcount (by unit vs the headcount plan, month-end trend), turnover (hires and exits by month: \
			voluntary, involuntary, unclassified, regretted), tenure-age (bands only, never per person; an age band of \
			fewer than 3 people has a null value), hiring (funnel by channel, conversion, median days to hire, cost per \
			hire, offer acceptance by month), attendance (overtime, anomalies, absence by unit; warnings above the \
			36 h/month overtime limit of Labour Law art. 41), payroll-cost (needs PAYROLL_READ; gross and employer \
			cost by month, employer cost by unit, cost items), performance (needs PERFORMANCE_READ; grade distribution \
			by unit), training (hours, completions, expired certificates, certificate compliance by unit). \
			Shape: {"dashboard","from","to","departmentId","series":[{"key","label","points":[{"x","label","value",\
			"drill"}]}],"warnings":[{"code","text","drill"}]}. x is a month (yyyy-MM), a unit id, a channel, a band or a \
			grade; drill holds the query parameters of GET /api/v1/analytics/{dashboard}/rows for the people behind the \
			number (null where the number stays aggregate). Figures are confined to the caller's data scope (a manager \
			sees their subtree). from defaults to a year before to, to to today; from after to or a period over five \
			years is a 400 problem; an unknown dashboard a 404 problem.""")
	DashboardView dashboard(@PathVariable String dashboard,
			@Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "a unit with everything below it") @RequestParam(required = false) UUID departmentId) {
		return dashboards.dashboard(dashboard, from, to, departmentId);
	}

	@GetMapping("/api/v1/analytics/{dashboard}/rows")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "The people behind a dashboard number", description = "Pass a point's drill parameters "
			+ "(series, x, from, to, departmentId). Rows: employeeId, employeeNo, name, departmentId, departmentName, "
			+ "positionId, positionName, detail; at most 5000, only people in the caller's data scope. Audited as a "
			+ "sensitive read. Tenure and age bands have no rows.")
	List<DashboardRow> rows(@PathVariable String dashboard, @RequestParam String series, @RequestParam String x,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID departmentId) {
		return dashboards.rows(dashboard, series, x, from, to, departmentId, MAX_ROWS);
	}

	@GetMapping("/api/v1/analytics/{dashboard}/export")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "A dashboard as Excel or PDF", description = "format=xlsx (one row per point) or pdf; the "
			+ "same parameters and scope as the dashboard.")
	ResponseEntity<byte[]> export(@PathVariable String dashboard, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID departmentId) {
		return export.dashboard(dashboards.dashboard(dashboard, from, to, departmentId), format);
	}

	@GetMapping("/api/v1/analytics/{dashboard}/rows/export")
	@PreAuthorize(MAY_READ)
	@Operation(summary = "The people behind a number as Excel or PDF", description = "format=xlsx or pdf; the same "
			+ "parameters, scope and audit as the rows.")
	ResponseEntity<byte[]> exportRows(@PathVariable String dashboard, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam String series, @RequestParam String x,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID departmentId) {
		return export.rows(dashboard, dashboards.rows(dashboard, series, x, from, to, departmentId, MAX_ROWS), format);
	}

	@PostMapping("/api/v1/analytics/rebuild")
	@PreAuthorize("hasAuthority('ANALYTICS_ADMIN')")
	@Operation(summary = "Rebuild the dashboards' read models", description = "Empties the tenant's read models and "
			+ "refills them from the owning modules' public APIs (cold start or repair); the result counts what was "
			+ "written. With only=summaries, recomputes only the summaries by unit from the facts already in the read "
			+ "models (after a repair or a direct load) and answers {\"millis\"}. Audited.")
	Object rebuild(@RequestParam(required = false) String only) {
		if (only == null) {
			return readModels.rebuild();
		}
		if (!"summaries".equals(only)) {
			throw InvalidFieldsException.of("only", "analytics.rebuild.onlySummaries");
		}
		return Map.of("millis", readModels.summarise());
	}
}
