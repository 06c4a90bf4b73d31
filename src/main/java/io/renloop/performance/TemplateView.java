package io.renloop.performance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A review template as stored. */
public record TemplateView(UUID id, String code, String name, TemplateKind kind, int competencyWeight,
		List<KpiItem> items, Instant updatedAt) {
}
