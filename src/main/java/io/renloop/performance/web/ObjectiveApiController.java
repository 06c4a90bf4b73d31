package io.renloop.performance.web;

import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.PerformanceObjectives;
import io.renloop.performance.SaveObjective;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Objectives and key results of OKR cycles: the cascade, new objectives and progress check-ins. */
@RestController
@Tag(name = "Performance", description = "Review templates and cycles, metric data, calibration, results")
class ObjectiveApiController {

	private final PerformanceObjectives objectives;

	ObjectiveApiController(PerformanceObjectives objectives) {
		this.objectives = objectives;
	}

	@GetMapping("/api/v1/performance/cycles/{id}/objectives")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The cycle's objectives as a cascade", description = "Company objectives on top, the "
			+ "departments' and people's aligned below, each with its progress (mean of its key results)")
	List<ObjectiveView> tree(@PathVariable UUID id) {
		return objectives.tree(id);
	}

	@PostMapping("/api/v1/performance/cycles/{id}/objectives")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Add an objective to an OKR cycle", description = "`{\"title\",\"ownerKind\":\"COMPANY|"
			+ "DEPARTMENT|EMPLOYEE\",\"ownerId\",\"parentId\",\"keyResults\":[{\"title\",\"target\",\"current\","
			+ "\"confidence\"}]}`; one's own, a department or person in one's data scope, the company with "
			+ "PERFORMANCE_ADMIN; until the manager review ends")
	ResponseEntity<ObjectiveView> create(@PathVariable UUID id, @Valid @RequestBody SaveObjective objective) {
		return ResponseEntity.status(HttpStatus.CREATED).body(objectives.create(id, objective));
	}

	@PutMapping("/api/v1/performance/objectives/{id}/check-in")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Report progress on an objective", description = "`{\"keyResults\":[{\"title\",\"target\","
			+ "\"current\",\"confidence\"}],\"note\"}` in the objective's order: the current values and confidence "
			+ "are taken, titles and targets stay; kept as history; audited")
	ObjectiveView checkIn(@PathVariable UUID id, @Valid @RequestBody CheckIn checkIn) {
		return objectives.checkIn(id, checkIn.keyResults(), checkIn.note());
	}

	/** A progress check-in. */
	record CheckIn(@NotNull @NotEmpty @Size(max = 10) List<@Valid @NotNull KeyResult> keyResults,
			@Size(max = 2000) String note) {
	}
}
