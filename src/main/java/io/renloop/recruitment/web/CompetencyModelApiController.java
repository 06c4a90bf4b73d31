package io.renloop.recruitment.web;

import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModelView;
import io.renloop.recruitment.CompetencyModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Competency models", description = "Weighted dimensions, requirements and job description per position")
class CompetencyModelApiController {

	private final CompetencyModels models;

	CompetencyModelApiController(CompetencyModels models) {
		this.models = models;
	}

	@GetMapping("/api/v1/positions/{positionId}/competency-model")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "The competency model of a position", description = "404 when the position has none yet")
	CompetencyModelView get(@PathVariable UUID positionId) {
		return models.get(positionId);
	}

	@PutMapping("/api/v1/positions/{positionId}/competency-model")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	@Operation(summary = "Create or replace the competency model of a position", description = "The weights of the "
			+ "dimensions must add up to 1; minEducation is one of SECONDARY_VOCATIONAL (中专), ASSOCIATE (大专), "
			+ "BACHELOR (本科), MASTER (硕士), DOCTORATE (博士)")
	CompetencyModelView save(@PathVariable UUID positionId, @Valid @RequestBody CompetencyModel model) {
		return models.save(positionId, model);
	}
}
