package io.renloop.recruitment.web;

import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.Matches;
import io.renloop.recruitment.TalentPool;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/requisitions/{id}")
@Tag(name = "Matching", description = "Explained match scores of applicants and talent-pool recommendations")
class MatchApiController {

	private final Matches matches;

	private final TalentPool talentPool;

	MatchApiController(Matches matches, TalentPool talentPool) {
		this.matches = matches;
		this.talentPool = talentPool;
	}

	@GetMapping("/matches")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "The requisition's applications ranked by match score, best first",
			description = "Each with its factors and their evidence in the caller's language (Accept-Language or "
					+ "the user's preference). Scores are stored when applications arrive; unscored ones are "
					+ "scored on read.")
	List<ApplicationMatch> matches(@PathVariable UUID id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return matches.ofRequisition(id, size);
	}

	@GetMapping("/recommendations")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "Talent-pool candidates for the requisition, best match first",
			description = "Only candidates of the caller's tenant whose consent is valid and who have not applied "
					+ "to this requisition, each with its match score and factors.")
	List<TalentPool.Recommendation> recommendations(@PathVariable UUID id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return talentPool.recommendationsFor(id, size);
	}
}
