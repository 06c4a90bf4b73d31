package io.renloop.platform.web;

import io.renloop.platform.TenantAdministration;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The tenant's logins with their roles, scopes and lockouts. */
@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminPageController {

	private final TenantAdministration administration;

	UserAdminPageController(TenantAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("users", administration.users());
		return "platform/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id) {
		administration.unlock(id);
		return "redirect:/admin/users";
	}
}
