package io.renloop.platform.web;

import io.renloop.platform.AuditEventView;
import io.renloop.platform.AuditLog;
import io.renloop.platform.AuditVerification;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
@Tag(name = "Audit", description = "The tamper-evident audit log of the tenant")
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/events")
	@Operation(summary = "Audit events, newest first")
	PageView<AuditEventView> events(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return auditLog.events(entityType, entityId, page, size);
	}

	@GetMapping("/verify")
	@Operation(summary = "Re-compute the hash chain", description = "valid=false and the first broken event id when "
			+ "any stored event was altered, removed or reordered")
	AuditVerification verify() {
		return auditLog.verify();
	}
}
