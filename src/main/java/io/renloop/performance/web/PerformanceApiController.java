package io.renloop.performance.web;

import io.renloop.performance.CalibrationMove;
import io.renloop.performance.CalibrationView;
import io.renloop.performance.CreateCycle;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.Grade;
import io.renloop.performance.GradeScales;
import io.renloop.performance.MetricBatch;
import io.renloop.performance.MetricImportResult;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceMetrics;
import io.renloop.performance.PerformanceTemplates;
import io.renloop.performance.ReviewSummary;
import io.renloop.performance.SaveTemplate;
import io.renloop.performance.TalentReviewView;
import io.renloop.performance.TalentReviews;
import io.renloop.performance.TemplateView;
import io.renloop.platform.RowErrorAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Templates, cycles, metric data, calibration, publication and the talent review. */
@RestController
@Tag(name = "Performance", description = "Review templates and cycles, metric data, calibration, results")
class PerformanceApiController {

	private final PerformanceTemplates templates;

	private final PerformanceCycles cycles;

	private final PerformanceMetrics metrics;

	private final TalentReviews talent;

	private final MessageSource messages;

	private final GradeScales grades;

	PerformanceApiController(PerformanceTemplates templates, PerformanceCycles cycles, PerformanceMetrics metrics,
			TalentReviews talent, MessageSource messages, GradeScales grades) {
		this.grades = grades;
		this.templates = templates;
		this.cycles = cycles;
		this.metrics = metrics;
		this.talent = talent;
		this.messages = messages;
	}

	@GetMapping("/api/v1/performance/templates")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "The tenant's review templates")
	List<TemplateView> templates() {
		return templates.list();
	}

	@PutMapping("/api/v1/performance/templates/{code}")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Create or replace a template", description = "KPI items with weights adding up to 100, "
			+ "metric items scored by a formula over `value threshold target cap` (default linear between threshold "
			+ "and target, capped at 120), veto items that zero the review when they score 0; competencies from the "
			+ "position's model carry `competencyWeight` percent; audited")
	TemplateView saveTemplate(@PathVariable String code, @Valid @RequestBody SaveTemplate template) {
		return templates.save(code, template);
	}

	@GetMapping("/api/v1/performance/guidance")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The tenant's grades", description = "Best first: each grade's lowest score and the share of "
			+ "people the guidance expects in it (default S/A/B/C/D at 90/80/65/50/0 points, 10/20/50/15/5 %)")
	List<Grade> guidance() {
		return grades.get();
	}

	@PutMapping("/api/v1/performance/guidance")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Set the tenant's grades", description = "`{\"grades\":[{\"code\",\"minScore\","
			+ "\"share\"}]}`: 2 to 9 grades, distinct codes and minimum scores (one of 0), shares adding up to 100; "
			+ "applies to grades computed from then on; audited")
	List<Grade> saveGuidance(@Valid @RequestBody Guidance guidance) {
		return grades.save(guidance.grades());
	}

	/** The tenant's grades. */
	record Guidance(@NotNull @Size(max = 9) List<@NotNull Grade> grades) {
	}

	@PostMapping("/api/v1/performance/cycles")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Open a cycle", description = "`{\"name\",\"kind\",\"period\",\"periodStart\","
			+ "\"periodEnd\",\"templateCode\",\"departmentId\",\"forcedDistribution\"}`: a review for every employee "
			+ "of the department's subtree (or the tenant) employed during the period; audited")
	ResponseEntity<CycleView> create(@Valid @RequestBody CreateCycle command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(cycles.create(command));
	}

	@GetMapping("/api/v1/performance/cycles")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The tenant's cycles, newest period first")
	List<CycleView> list() {
		return cycles.list();
	}

	@GetMapping("/api/v1/performance/cycles/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "A cycle and its phase")
	CycleView get(@PathVariable UUID id) {
		return cycles.get(id);
	}

	@PostMapping("/api/v1/performance/cycles/{id}/phase")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Move a cycle to a later phase", description = "`{\"phase\"}`: GOAL_SETTING, CHECK_IN, "
			+ "SELF_REVIEW, MANAGER_REVIEW or CALIBRATION; approval and publication have their own calls; 409 "
			+ "backwards")
	CycleView advance(@PathVariable UUID id, @Valid @RequestBody PhaseChange change) {
		return cycles.advance(id, change.phase());
	}

	/** The phase to move to. */
	record PhaseChange(@NotNull CyclePhase phase) {
	}

	@GetMapping("/api/v1/performance/cycles/{id}/reviews")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The cycle's reviews the caller may see", description = "Managers see their subtree, "
			+ "employees their own")
	List<ReviewSummary> reviews(@PathVariable UUID id) {
		return cycles.reviews(id);
	}

	@PostMapping("/api/v1/performance/cycles/{id}/score")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Score every review from the metric data and the managers' scores",
			description = "`{\"scored\"}`: reviews with a complete score; until calibration ends")
	Map<String, Integer> score(@PathVariable UUID id) {
		return Map.of("scored", cycles.score(id));
	}

	@GetMapping("/api/v1/performance/cycles/{id}/calibration")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	@Operation(summary = "The cycle's calibration", description = "Per department the grades before and after "
			+ "calibration against the guidance (default S/A/B/C/D 10/20/50/15/5 %), the people and the moves made")
	CalibrationView calibration(@PathVariable UUID id) {
		return cycles.calibration(id);
	}

	@PutMapping("/api/v1/performance/cycles/{id}/calibration")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	@Operation(summary = "Move people between grades", description = "`{\"moves\":[{\"reviewId\",\"grade\","
			+ "\"reason\"}]}`: the reason is required; audited; in the CALIBRATION phase only; a forced distribution "
			+ "caps the two best grades of each department at their expected share (409)")
	CalibrationView calibrate(@PathVariable UUID id, @Valid @RequestBody Moves moves) {
		return cycles.calibrate(id, moves.moves());
	}

	/** Calibration moves. */
	record Moves(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull CalibrationMove> moves) {
	}

	@PostMapping("/api/v1/performance/cycles/{id}/submit")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Submit the calibrated results for approval", description = "Workflow subject "
			+ "`performance-result`; 409 while a review has no grade")
	CycleView submit(@PathVariable UUID id) {
		return cycles.submit(id);
	}

	@PostMapping("/api/v1/performance/cycles/{id}/publish")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Publish approved results", description = "Employees see their results and may appeal "
			+ "within the window; `PerformanceResultsPublished` goes to payroll, training and analytics; 409 unless "
			+ "approved")
	CycleView publish(@PathVariable UUID id) {
		return cycles.publish(id);
	}

	@PostMapping("/api/v1/performance/metrics")
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Metric data from other systems", description = "`{\"period\",\"values\":[{\"employeeNo\"|"
			+ "\"departmentCode\",\"metric\",\"value\",\"source\"}]}`; a later value of the same period, subject and "
			+ "metric replaces the earlier one; with any row error nothing is saved (422 with `errors`); "
			+ "`dryRun=true` only checks")
	ResponseEntity<?> addMetrics(@Valid @RequestBody MetricBatch batch,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return answer(metrics.add(batch, dryRun));
	}

	@PostMapping(path = "/api/v1/performance/metrics/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PERFORMANCE_ADMIN')")
	@Operation(summary = "Metric data from a CSV or Excel file", description = "Form fields `period`, `file`, "
			+ "`dryRun`; columns employeeNo (工号) or departmentCode (部门编码), metric (指标), value (数值), source (来源)")
	ResponseEntity<?> addMetricFile(@RequestParam String period, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		if (!period.matches("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?")) {
			throw io.renloop.platform.InvalidFieldsException.of("period", "performance.metric.period");
		}
		return answer(metrics.addFile(period, file.getOriginalFilename(), file.getBytes(), dryRun));
	}

	@GetMapping("/api/v1/performance/talent-review")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	@Operation(summary = "The 9-box of a department", description = "Latest published performance × potential "
			+ "rated by managers, with promotion and pay-review candidates and their reasons; within the data scope")
	TalentReviewView talentReview(@RequestParam(required = false) UUID departmentId) {
		return talent.of(departmentId);
	}

	private ResponseEntity<?> answer(MetricImportResult result) {
		return RowErrorAnswers.of(messages, "performance.metric.rowErrors", "performance-metric-rowErrors",
				result.dryRun(), result.errors(), result, Map.of());
	}
}
