package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentView;
import io.renloop.performance.TemplateRule;
import io.renloop.platform.InvalidFieldsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which template each person of a cycle follows: the rule for their position, else the rule of the nearest
 * department up the tree from theirs, else the cycle's own template (null here).
 */
final class TemplateRules {

	private final Map<UUID, UUID> byPosition = new HashMap<>();

	private final Map<UUID, UUID> byDepartment = new HashMap<>();

	private final Map<UUID, UUID> parents = new HashMap<>();

	TemplateRules(List<CycleStore.StoredRule> rules, List<DepartmentView> departments) {
		for (CycleStore.StoredRule rule : rules) {
			if (rule.positionId() != null) {
				byPosition.put(rule.positionId(), rule.templateId());
			}
			else {
				byDepartment.put(rule.departmentId(), rule.templateId());
			}
		}
		departments.forEach(d -> parents.put(d.id(), d.parentId()));
	}

	/** The template the person follows when a rule names them, else null. */
	UUID templateOf(EmployeeDirectory.Entry person) {
		UUID template = person.positionId() == null ? null : byPosition.get(person.positionId());
		Set<UUID> seen = new HashSet<>();
		for (UUID unit = person.departmentId(); template == null && unit != null && seen.add(unit); unit = parents
			.get(unit)) {
			template = byDepartment.get(unit);
		}
		return template;
	}

	/**
	 * Checks the rules of a new cycle and names each one's template.
	 * @throws InvalidFieldsException naming the rule that names no template or not exactly one of a position and a
	 * department, or that repeats a position or department
	 */
	static List<CycleStore.StoredRule> resolve(List<TemplateRule> rules, Function<String, Optional<UUID>> templateId) {
		List<CycleStore.StoredRule> stored = new ArrayList<>();
		Set<UUID> named = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			TemplateRule rule = rules.get(i);
			String field = "templates[" + i + "]";
			if ((rule.positionId() == null) == (rule.departmentId() == null)) {
				throw InvalidFieldsException.of(field, "performance.cycle.ruleTarget");
			}
			if (!named.add(rule.positionId() != null ? rule.positionId() : rule.departmentId())) {
				throw InvalidFieldsException.of(field, "performance.cycle.ruleTwice");
			}
			UUID template = templateId.apply(rule.templateCode())
				.orElseThrow(() -> InvalidFieldsException.of(field + ".templateCode",
						"performance.cycle.unknownTemplate", rule.templateCode()));
			stored.add(new CycleStore.StoredRule(rule.templateCode(), template, rule.positionId(),
					rule.departmentId()));
		}
		return stored;
	}
}
