package io.renloop.onboarding.web;

import io.renloop.onboarding.ContractTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's labour contract texts. */
@RestController
@Tag(name = "Contract templates", description = "Labour contract texts per language (zh, en) with term, place of work and placeholders")
class ContractTemplateApiController {

	private final ContractTemplates templates;

	ContractTemplateApiController(ContractTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/v1/contract-templates")
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE')")
	@Operation(summary = "Both templates: the tenant's own text or the built-in default (36 months)")
	List<ContractTemplates.Template> list() {
		return templates.list();
	}

	@PutMapping("/api/v1/contract-templates")
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE')")
	@Operation(summary = "Save the template of one language", description = "termMonths 1–120; placeholders: "
			+ "{companyName} {employeeName} {idType} {idNumber} {address} {phone} {positionName} {departmentName} "
			+ "{placeOfWork} {termMonths} {startDate} {endDate} {probationMonths} {probationEndDate} {monthlySalary}")
	ContractTemplates.Template save(@Valid @RequestBody ContractTemplates.SaveTemplate command) {
		return templates.save(command);
	}
}
