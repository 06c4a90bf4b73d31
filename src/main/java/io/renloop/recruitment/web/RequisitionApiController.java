package io.renloop.recruitment.web;

import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionCommands.OpenRequisition;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/requisitions")
@Tag(name = "Requisitions", description = "Hiring requests against the headcount plan")
class RequisitionApiController {

	private static final String READ = "hasAuthority('RECRUITMENT_READ')";

	private static final String WRITE = "hasAuthority('RECRUITMENT_WRITE')";

	private final Requisitions requisitions;

	RequisitionApiController(Requisitions requisitions) {
		this.requisitions = requisitions;
	}

	@PostMapping
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a requisition", description = "Created as DRAFT; the title defaults to the position's name")
	RequisitionView create(@Valid @RequestBody CreateRequisition command) {
		return requisitions.create(command);
	}

	@GetMapping
	@PreAuthorize(READ)
	@Operation(summary = "List requisitions, newest first")
	PageView<RequisitionView> list(@RequestParam(required = false) RequisitionStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return requisitions.list(status, page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READ)
	@Operation(summary = "One requisition with its position's competency model")
	RequisitionView get(@PathVariable UUID id) {
		return requisitions.get(id);
	}

	@PostMapping("/{id}/open")
	@PreAuthorize(WRITE)
	@Operation(summary = "Open a DRAFT or ON_HOLD requisition", description = "409 when its headcount exceeds "
			+ "planned − filled − other open requisitions of the same department and position; "
			+ "{\"override\": true, \"reason\": \"...\"} opens it anyway (needs HEADCOUNT_OVERRIDE, audited)")
	RequisitionView open(@PathVariable UUID id, @Valid @RequestBody(required = false) OpenRequisition command) {
		return requisitions.open(id, command);
	}

	@PostMapping("/{id}/hold")
	@PreAuthorize(WRITE)
	@Operation(summary = "Put an OPEN requisition on hold")
	RequisitionView hold(@PathVariable UUID id) {
		return requisitions.hold(id);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(WRITE)
	@Operation(summary = "Close a requisition")
	RequisitionView close(@PathVariable UUID id) {
		return requisitions.close(id);
	}
}
