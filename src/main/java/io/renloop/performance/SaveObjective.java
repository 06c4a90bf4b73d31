package io.renloop.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An objective of a cycle with its key results.
 *
 * @param ownerKind COMPANY, DEPARTMENT or EMPLOYEE
 * @param ownerId the department or employee; null for the company
 * @param parentId the objective it aligns to (the company's or the team's), or null
 */
public record SaveObjective(@NotBlank @Size(max = 300) String title, @NotNull ObjectiveOwner ownerKind, UUID ownerId,
		UUID parentId, @NotEmpty @Size(max = 10) List<@Valid @NotNull KeyResult> keyResults) {

	public SaveObjective {
		keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
	}

	/** Who an objective belongs to. */
	public enum ObjectiveOwner {
		COMPANY, DEPARTMENT, EMPLOYEE
	}
}
