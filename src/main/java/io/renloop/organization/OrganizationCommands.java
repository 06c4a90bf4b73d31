package io.renloop.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The inputs that change the organization.
 */
public final class OrganizationCommands {

	private OrganizationCommands() {
	}

	/** Creates or updates a unit; the root company has no parent. */
	public record SaveDepartment(UUID parentId,
			@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
			@NotBlank @Size(max = 200) String name, @NotNull DepartmentKind kind, UUID managerId, Integer sortOrder) {
	}

	public record SavePosition(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
			@NotBlank @Size(max = 200) String name, UUID jobFamilyId, @Size(max = 20) String grade) {
	}

	public record SaveJobFamily(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
			@NotBlank @Size(max = 200) String name) {
	}

	public record SetHeadcount(@NotNull UUID departmentId, @NotNull UUID positionId, @NotNull @Min(0) Integer planned) {
	}
}
