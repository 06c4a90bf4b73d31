package io.renloop.recruitment.web;

import io.renloop.recruitment.IdealProfile;
import io.renloop.recruitment.IdealProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Competency models")
class IdealProfileApiController {

	private final IdealProfiles idealProfiles;

	IdealProfileApiController(IdealProfiles idealProfiles) {
		this.idealProfiles = idealProfiles;
	}

	@GetMapping("/api/v1/positions/{id}/ideal-profile")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "Requirements suggested from the position's current employees",
			description = "Certificates at least half hold, the education level at least 70 % reach, the median "
					+ "years of experience, each with its support; counts only, never names")
	IdealProfile idealProfile(@PathVariable UUID id) {
		return idealProfiles.of(id);
	}
}
