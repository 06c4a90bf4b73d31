package io.renloop.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cycle as lists and pages show it. */
public record CycleView(UUID id, String name, CycleKind kind, String period, LocalDate periodStart,
		LocalDate periodEnd, String templateCode, TemplateKind templateKind, UUID departmentId, CyclePhase phase,
		boolean forcedDistribution, int reviewCount, UUID approvalId, Instant publishedAt, LocalDate appealUntil,
		List<TemplateRule> templates) {

	public CycleView {
		templates = templates == null ? List.of() : List.copyOf(templates);
	}
}
