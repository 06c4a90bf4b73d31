package io.renloop.recruitment.web;

import io.renloop.recruitment.TalentPool;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/talent-pool")
@Tag(name = "Talent pool", description = "Every consenting candidate of the tenant, searchable")
class TalentPoolApiController {

	private final TalentPool talentPool;

	TalentPoolApiController(TalentPool talentPool) {
		this.talentPool = talentPool;
	}

	@GetMapping("/search")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "Search the talent pool by free text, most relevant first",
			description = "BM25 over the resume text fused with semantic search; 400 when q is blank; audited")
	List<TalentPool.TalentPoolHit> search(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return talentPool.search(q, size);
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rebuild the talent-pool index from the database",
			description = "Runs in the background and returns at once; audited")
	void rebuild() {
		talentPool.rebuild();
	}
}
