package io.renloop.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens a cycle: a review for every employee in scope who is employed during the period.
 *
 * @param period the period's code that metric data is sent for: {@code 2026-09}, {@code 2026-Q3}, {@code 2026-H2}
 * or {@code 2026}
 * @param templateCode the template every review follows
 * @param departmentId the department whose subtree is reviewed; null for the whole tenant
 * @param forcedDistribution whether calibration must keep each department within the guidance's shares
 * @param templates other templates for some positions or departments of the scope (none: everyone follows
 * {@code templateCode})
 */
public record CreateCycle(@NotBlank @Size(max = 200) String name, @NotNull CycleKind kind,
		@NotBlank @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?") String period,
		@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd, @NotBlank String templateCode,
		UUID departmentId, boolean forcedDistribution, @Size(max = 50) List<@Valid @NotNull TemplateRule> templates) {

	public CreateCycle {
		templates = templates == null ? List.of() : List.copyOf(templates);
	}

	/** A cycle whose people all follow one template. */
	public CreateCycle(String name, CycleKind kind, String period, LocalDate periodStart, LocalDate periodEnd,
			String templateCode, UUID departmentId, boolean forcedDistribution) {
		this(name, kind, period, periodStart, periodEnd, templateCode, departmentId, forcedDistribution, List.of());
	}
}
