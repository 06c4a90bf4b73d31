package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.AttritionRisks;
import io.renloop.analytics.AttritionRisks.EmployeeRisk;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Expected exits as the attrition model sees them: the sum of the twelve-month leaving risks of the people now in
 * each slot, rounded half up. Without a model of the tenant's own (too little history yet) the slots' trailing exit
 * rate stands in ({@link TrailingExitRate}).
 */
@Component
@Primary
class ModelledExits implements ExpectedExits {

	private final AttritionRisks risks;

	private final TrailingExitRate trailing;

	private final EmployeeDirectory directory;

	private final TenantTime time;

	ModelledExits(AttritionRisks risks, TrailingExitRate trailing, EmployeeDirectory directory, TenantTime time) {
		this.risks = risks;
		this.trailing = trailing;
		this.directory = directory;
		this.time = time;
	}

	@Override
	public Map<Slot, Integer> overNextYear(Set<Slot> slots) {
		if (risks.currentModel().isEmpty()) {
			return trailing.overNextYear(slots);
		}
		LocalDate today = time.today();
		Map<UUID, Entry> employed = directory.employedBetween(today, today)
			.stream()
			.collect(Collectors.toMap(Entry::id, Function.identity()));
		return expected(risks.risks(null), employed, slots);
	}

	/** The slots' sums of risk, rounded half up; people outside the slots are left out. */
	static Map<Slot, Integer> expected(List<EmployeeRisk> scored, Map<UUID, Entry> employed, Set<Slot> slots) {
		Map<Slot, BigDecimal> sums = new HashMap<>();
		for (EmployeeRisk risk : scored) {
			Entry entry = employed.get(risk.employeeId());
			if (entry == null) {
				continue;
			}
			Slot slot = new Slot(entry.departmentId(), entry.positionId());
			if (slots.contains(slot)) {
				sums.merge(slot, BigDecimal.valueOf(risk.risk()), BigDecimal::add);
			}
		}
		Map<Slot, Integer> expected = new HashMap<>();
		sums.forEach((slot, sum) -> expected.put(slot, sum.setScale(0, RoundingMode.HALF_UP).intValue()));
		return expected;
	}
}
