package io.renloop.workflow.web;

import io.renloop.workflow.ApprovalChain;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChains;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Who approves what: chains of steps per subject type, or uploaded BPMN. */
@RestController
@RequestMapping("/api/v1/approvals/chains/{subjectType}")
@Tag(name = "Approval chains", description = "Per-tenant approval chains without BPMN, or uploaded BPMN")
class ApprovalChainApiController {

	private final ApprovalChains chains;

	ApprovalChainApiController(ApprovalChains chains) {
		this.chains = chains;
	}

	/** The steps of a chain, top to bottom. */
	record ChainRequest(List<ApprovalChainStep> steps) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	@Operation(summary = "The chain of a subject type", description = "The tenant's own, else the default")
	ApprovalChain chain(@PathVariable String subjectType) {
		return chains.chain(subjectType);
	}

	@PutMapping
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	@Operation(summary = "Configure the chain", description = "Steps: kind MANAGER (levels 1–5) or ROLE (role), "
			+ "mode SEQUENTIAL / PARALLEL_ALL / PARALLEL_ANY, optional amountAbove, reminder and escalation as "
			+ "ISO-8601 durations. Applies to approvals started afterwards. Audited.")
	ApprovalChain configure(@PathVariable String subjectType, @RequestBody ChainRequest request) {
		return chains.configure(subjectType, request.steps());
	}

	@PostMapping(path = "/bpmn", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	@Operation(summary = "Upload a BPMN 2.0 process for the subject type", description = "Must parse and contain a "
			+ "user task (422 otherwise). Candidate groups named like a role (e.g. FINANCE) reach its holders; "
			+ "variables manager1–3, requesterUserId and amount are set. Audited.")
	ApprovalChain upload(@PathVariable String subjectType, @RequestPart("file") MultipartFile file) throws IOException {
		return chains.uploadBpmn(subjectType, file.getBytes());
	}
}
