package io.renloop.analytics.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dashboard "by unit" shows the chosen unit (or the single top of the viewer's scope) and its children; deeper
 * departments count in the child above them, departments outside the scope nowhere.
 */
class UnitsRollDepartmentsUpToTheShownUnitsTests {

	final UUID company = UUID.randomUUID();

	final UUID mining = UUID.randomUUID();

	final UUID coal = UUID.randomUUID();

	final UUID shift = UUID.randomUUID();

	final UUID sales = UUID.randomUUID();

	final List<DepartmentView> all = List.of(unit(company, null, "集团"), unit(mining, company, "综采"),
			unit(coal, mining, "采煤一队"), unit(shift, coal, "夜班"), unit(sales, company, "销售"));

	@Test
	void theWholeCompanyShowsTheTopAndItsChildren() {
		Units units = new Units(all, null, null);

		assertThat(units.shown()).containsOnlyKeys(company, mining, sales);
		assertThat(units.unitOf(shift)).isEqualTo(mining);
		assertThat(units.unitOf(company)).isEqualTo(company);
		assertThat(units.counts((UUID) null)).as("facts without a unit count for the whole company").isTrue();
	}

	@Test
	void aManagersSubtreeShowsTheirUnitAndItsChildrenOnly() {
		Units units = new Units(all, Set.of(mining, coal, shift), null);

		assertThat(units.shown()).containsOnlyKeys(mining, coal);
		assertThat(units.unitOf(shift)).isEqualTo(coal);
		assertThat(units.unitOf(sales)).isNull();
		assertThat(units.counts(sales)).isFalse();
		assertThat(units.counts((UUID) null)).isFalse();
	}

	@Test
	void aChosenUnitShowsItselfAndItsChildren() {
		Units units = new Units(all, Set.of(coal, shift), coal);

		assertThat(units.shown()).containsOnlyKeys(coal, shift);
		assertThat(units.unitOf(mining)).isNull();
	}

	private static DepartmentView unit(UUID id, UUID parent, String name) {
		return new DepartmentView(id, parent, name, name, DepartmentKind.values()[0], null, parent == null ? 0 : 1, 0);
	}
}
