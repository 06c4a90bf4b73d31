package io.renloop.performance.internal;

import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts flat objectives into their cascade: an objective sits under the one it aligns to; objectives whose parent is
 * not among them (or none) are roots, the company's first. Progress is the mean of the key results' progress.
 */
final class ObjectiveTree {

	private ObjectiveTree() {
	}

	static List<ObjectiveView> of(List<ObjectiveView> flat) {
		Set<UUID> ids = flat.stream().map(ObjectiveView::id).collect(Collectors.toSet());
		Map<UUID, List<ObjectiveView>> children = new HashMap<>();
		List<ObjectiveView> roots = new ArrayList<>();
		for (ObjectiveView objective : flat) {
			if (objective.parentId() != null && ids.contains(objective.parentId())) {
				children.computeIfAbsent(objective.parentId(), k -> new ArrayList<>()).add(objective);
			}
			else {
				roots.add(objective);
			}
		}
		return roots.stream().sorted(ORDER).map(root -> withChildren(root, children)).toList();
	}

	private static final Comparator<ObjectiveView> ORDER = Comparator
		.comparing((ObjectiveView o) -> o.ownerKind().ordinal())
		.thenComparing(ObjectiveView::ownerName)
		.thenComparing(ObjectiveView::title);

	private static ObjectiveView withChildren(ObjectiveView objective, Map<UUID, List<ObjectiveView>> children) {
		List<ObjectiveView> below = children.getOrDefault(objective.id(), List.of())
			.stream()
			.sorted(ORDER)
			.map(child -> withChildren(child, children))
			.toList();
		return new ObjectiveView(objective.id(), objective.cycleId(), objective.parentId(), objective.ownerKind(),
				objective.ownerId(), objective.ownerName(), objective.title(), objective.keyResults(),
				objective.progress(), objective.updatedAt(), below);
	}

	/** The mean progress of key results, 0 to 100 with two decimals; 0 without any. */
	static BigDecimal progress(List<KeyResult> keyResults) {
		if (keyResults.isEmpty()) {
			return BigDecimal.ZERO.setScale(2);
		}
		return keyResults.stream()
			.map(KeyResult::progress)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(keyResults.size()), 2, RoundingMode.HALF_UP);
	}
}
