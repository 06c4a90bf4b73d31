package io.renloop.performance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.performance.TemplateRule;
import io.renloop.platform.InvalidFieldsException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TemplateRulesPickTheMostSpecificTemplateTests {

	static final UUID COMPANY = UUID.randomUUID(), MINE = UUID.randomUUID(), TEAM = UUID.randomUUID(),
			OFFICE = UUID.randomUUID(), ENGINEER = UUID.randomUUID(), KPI = UUID.randomUUID(), OKR = UUID.randomUUID(),
			TEAM_KPI = UUID.randomUUID();

	final List<DepartmentView> tree = List.of(unit(COMPANY, null), unit(MINE, COMPANY), unit(TEAM, MINE),
			unit(OFFICE, COMPANY));

	final TemplateRules rules = new TemplateRules(List.of(new CycleStore.StoredRule("MINE_KPI", KPI, null, MINE),
			new CycleStore.StoredRule("TEAM_KPI", TEAM_KPI, null, TEAM),
			new CycleStore.StoredRule("ENG_OKR", OKR, ENGINEER, null)), tree);

	@Test
	void thePositionWinsThenTheNearestDepartmentUpTheTreeThenTheCycle() {
		assertThat(rules.templateOf(person(TEAM, ENGINEER))).isEqualTo(OKR);
		assertThat(rules.templateOf(person(TEAM, null))).isEqualTo(TEAM_KPI);
		assertThat(rules.templateOf(person(MINE, UUID.randomUUID()))).isEqualTo(KPI);
		assertThat(rules.templateOf(person(OFFICE, null))).as("no rule: the cycle's template").isNull();
		assertThat(rules.templateOf(person(null, null))).isNull();
	}

	@Test
	void aRuleNamesExactlyOneUnitOnceAndAKnownTemplate() {
		assertThatThrownBy(() -> TemplateRules.resolve(List.of(new TemplateRule("A", ENGINEER, MINE)),
				code -> Optional.of(KPI))).isInstanceOf(InvalidFieldsException.class);
		assertThatThrownBy(() -> TemplateRules.resolve(List.of(new TemplateRule("A", null, MINE),
				new TemplateRule("B", null, MINE)), code -> Optional.of(KPI))).isInstanceOf(InvalidFieldsException.class);
		assertThatThrownBy(() -> TemplateRules.resolve(List.of(new TemplateRule("NONE", null, MINE)),
				code -> Optional.empty())).isInstanceOf(InvalidFieldsException.class)
			.satisfies(ex -> assertThat(((InvalidFieldsException) ex).problems().get(0).field())
				.isEqualTo("templates[0].templateCode"));
		assertThat(TemplateRules.resolve(List.of(new TemplateRule("A", null, MINE)), code -> Optional.of(KPI)))
			.singleElement()
			.satisfies(rule -> assertThat(rule.templateId()).isEqualTo(KPI));
	}

	private static EmployeeDirectory.Entry person(UUID department, UUID position) {
		return new EmployeeDirectory.Entry(UUID.randomUUID(), "E1", "张三", department, null, null, position);
	}

	private static DepartmentView unit(UUID id, UUID parent) {
		return new DepartmentView(id, parent, "C", "单位", DepartmentKind.DEPARTMENT, null, 0, 0);
	}
}
