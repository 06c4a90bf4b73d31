package io.renloop.analytics.internal.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.AttritionRisks.EmployeeRisk;
import io.renloop.employee.EmployeeDirectory.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpectedExitsSumTheModelsRisksPerSlotTests {

	private static final UUID MINE = UUID.randomUUID();

	private static final UUID SHEARER = UUID.randomUUID();

	private static final UUID FITTER = UUID.randomUUID();

	@Test
	void aSlotExpectsTheRoundedSumOfItsPeoplesRisks() {
		Entry a = entry(MINE, SHEARER);
		Entry b = entry(MINE, SHEARER);
		Entry c = entry(MINE, SHEARER);
		Entry d = entry(MINE, FITTER);
		Map<UUID, Entry> employed = Map.of(a.id(), a, b.id(), b, c.id(), c, d.id(), d);
		List<EmployeeRisk> scored = List.of(risk(a, 0.7), risk(b, 0.5), risk(c, 0.4), risk(d, 0.45));

		Map<Slot, Integer> expected = ModelledExits.expected(scored, employed,
				Set.of(new Slot(MINE, SHEARER), new Slot(MINE, FITTER)));

		assertThat(expected).containsEntry(new Slot(MINE, SHEARER), 2).containsEntry(new Slot(MINE, FITTER), 0);
		assertThat(ModelledExits.expected(scored, employed, Set.of(new Slot(MINE, FITTER)))).hasSize(1);
	}

	private static Entry entry(UUID department, UUID position) {
		return new Entry(UUID.randomUUID(), "N", "名", department, LocalDate.of(2020, 1, 1), null, position);
	}

	private static EmployeeRisk risk(Entry entry, double risk) {
		return new EmployeeRisk(entry.id(), entry.name(), entry.departmentId(), risk, List.of());
	}
}
