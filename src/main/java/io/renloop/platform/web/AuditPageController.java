package io.renloop.platform.web;

import io.renloop.platform.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: recent events and a verification of the hash chain. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPageController {

	private final AuditLog auditLog;

	AuditPageController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String entityType, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("events", auditLog.events(entityType, null, Math.max(0, page), 50));
		model.addAttribute("entityType", entityType);
		return "platform/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", auditLog.verify());
		return "platform/audit :: verification";
	}
}
