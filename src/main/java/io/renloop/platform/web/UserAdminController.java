package io.renloop.platform.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.ChangeAccess;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.platform.TenantAdministration.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
@Tag(name = "Users", description = "Logins of the tenant, their roles and data scopes")
class UserAdminController {

	static final String PASSWORD_POLICY = "The password needs 12 to 72 bytes in UTF-8 (at least 12 characters; BCrypt "
			+ "reads no more than 72 bytes, i.e. 24 Chinese characters), must not be a common password or a simple "
			+ "variant of one, nor a run such as aaaa… or 1234…, nor contain the user's name or e-mail name; a broken "
			+ "rule is a 400 problem with an error on the field password.";

	private final TenantAdministration administration;

	UserAdminController(TenantAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	List<UserView> list() {
		return administration.users();
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return administration.user(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a login in my tenant", description = PASSWORD_POLICY
			+ " departmentId and employeeId must be records of my tenant.")
	UserView create(@Valid @RequestBody CreateUser request) {
		if (request.roles().contains(Role.PLATFORM_ADMIN) && !CurrentUser.require().roles().contains(Role.PLATFORM_ADMIN)) {
			throw new BusinessRuleException(403, "error.user.cannotGrantPlatformAdmin");
		}
		UUID id = administration.createUser(new NewUser(CurrentUser.require().tenantId(), request.email(),
				request.displayName(), request.password(), request.roles(), request.dataScope(), request.departmentId(),
				request.employeeId()));
		return administration.user(id);
	}

	@PutMapping("/{id}/access")
	@Operation(summary = "Change roles, data scope, links and whether the login is enabled")
	UserView changeAccess(@PathVariable UUID id, @Valid @RequestBody AccessRequest request) {
		return administration.changeAccess(id, new ChangeAccess(request.roles(), request.dataScope(),
				request.departmentId(), request.employeeId(), request.enabled() == null || request.enabled()));
	}

	@PutMapping("/{id}/password")
	@Operation(summary = "Set a new password for a login of my tenant", description = PASSWORD_POLICY
			+ " The login's open page sessions end; its API tokens stay valid.")
	UserView changePassword(@PathVariable UUID id, @Valid @RequestBody NewPassword request) {
		return administration.changePassword(id, request.password());
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the waits that wrong passwords imposed on source addresses signing in as this login")
	UserView unlock(@PathVariable UUID id) {
		return administration.unlock(id);
	}

	/** @param password checked by the password policy of the service, which names the broken rule */
	record CreateUser(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
			@NotBlank String password, @NotEmpty Set<Role> roles, DataScope dataScope, UUID departmentId,
			UUID employeeId) {
	}

	record NewPassword(@NotBlank String password) {
	}

	record AccessRequest(@NotEmpty Set<Role> roles, DataScope dataScope, UUID departmentId, UUID employeeId,
			Boolean enabled) {
	}
}
