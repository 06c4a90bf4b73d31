package io.renloop.onboarding.web;

import io.renloop.onboarding.OfferTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's offer letter texts. */
@RestController
@Tag(name = "Offer templates", description = "Offer letter texts per language (zh, en) with placeholders")
class OfferTemplateApiController {

	private final OfferTemplates templates;

	OfferTemplateApiController(OfferTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/v1/offer-templates")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	@Operation(summary = "Both templates: the tenant's own text or the built-in default")
	List<OfferTemplates.Template> list() {
		return templates.list();
	}

	@PutMapping("/api/v1/offer-templates")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	@Operation(summary = "Save the template of one language", description = "Placeholders: {candidateName} "
			+ "{positionName} {departmentName} {monthlySalary} {startDate} {probationMonths} {companyName} {replyBy}")
	OfferTemplates.Template save(@Valid @RequestBody OfferTemplates.SaveTemplate command) {
		return templates.save(command);
	}
}
