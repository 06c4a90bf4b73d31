package io.renloop.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A template as HR writes it.
 *
 * @param competencyWeight the share (0–100) of the score carried by the position's competencies, scored by the
 * manager; 100 for a COMPETENCY template
 * @param items the KPI items (empty for OKR and COMPETENCY templates)
 */
public record SaveTemplate(@NotBlank @Size(max = 200) String name, @NotNull TemplateKind kind,
		@Min(0) @Max(100) int competencyWeight, @Size(max = 30) List<@Valid @NotNull KpiItem> items) {

	public SaveTemplate {
		items = items == null ? List.of() : List.copyOf(items);
	}
}
