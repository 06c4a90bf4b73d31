package io.renloop.interview.web;

import io.renloop.interview.InterviewPlanDefinition;
import io.renloop.interview.InterviewPlanView;
import io.renloop.interview.InterviewPlans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/requisitions/{id}/interview-plan")
@Tag(name = "Interview plans", description = "The AI interview of a requisition: questions, dimension weights, pass threshold")
class InterviewPlanApiController {

	private final InterviewPlans plans;

	InterviewPlanApiController(InterviewPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The requisition's interview plan", description = "404 when the requisition has none yet")
	InterviewPlanView get(@PathVariable UUID id) {
		return plans.get(id);
	}

	@PutMapping
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@Operation(summary = "Create or replace the plan", description = "1–20 questions of the bank; dimension weights "
			+ "add up to 1 (±0.01) and default to the competency model's; pass threshold 0–100")
	InterviewPlanView put(@PathVariable UUID id, @Valid @RequestBody InterviewPlanDefinition plan) {
		return plans.put(id, plan);
	}
}
