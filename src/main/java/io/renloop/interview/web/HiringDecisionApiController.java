package io.renloop.interview.web;

import io.renloop.interview.DecisionCommand;
import io.renloop.interview.HiringDecisionView;
import io.renloop.interview.HiringDecisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Hiring decisions", description = "A person decides on an application; the AI only recommends")
class HiringDecisionApiController {

	private final HiringDecisions decisions;

	HiringDecisionApiController(HiringDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/api/v1/applications/{id}/decision")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a decision", description = "ADVANCE moves SCREENED or AI_INTERVIEW to INTERVIEWS and "
			+ "INTERVIEWS to OFFER, REJECT (reason required) to REJECTED, HOLD keeps the stage; records who decided, "
			+ "why, and the assessment at that moment. 409 when the stage cannot move")
	HiringDecisionView decide(@PathVariable UUID id, @Valid @RequestBody DecisionCommand command) {
		return decisions.decide(id, command);
	}
}
