package io.renloop.performance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.SaveObjective.ObjectiveOwner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Objectives align under their parents, the company's first; progress is the mean of the key results'. */
class ObjectivesCascadeFromCompanyToPeopleTests {

	static final UUID CYCLE = UUID.randomUUID();

	static ObjectiveView objective(String title, ObjectiveOwner owner, UUID parent, KeyResult... results) {
		return new ObjectiveView(UUID.randomUUID(), CYCLE, parent, owner, null, title, title, List.of(results),
				ObjectiveTree.progress(List.of(results)), Instant.EPOCH, List.of());
	}

	static KeyResult result(String target, String current) {
		return new KeyResult("kr", new BigDecimal(target), new BigDecimal(current), 7);
	}

	@Test
	void peopleAlignUnderTheirTeamAndTheTeamUnderTheCompany() {
		ObjectiveView company = objective("安全高效生产", ObjectiveOwner.COMPANY, null, result("100", "50"));
		ObjectiveView team = objective("采矿设计优化", ObjectiveOwner.DEPARTMENT, company.id(), result("4", "1"));
		ObjectiveView person = objective("完成 3 个采区设计", ObjectiveOwner.EMPLOYEE, team.id(), result("3", "3"));
		ObjectiveView orphan = objective("个人学习", ObjectiveOwner.EMPLOYEE, UUID.randomUUID(), result("10", "2"));

		List<ObjectiveView> tree = ObjectiveTree.of(List.of(person, orphan, team, company));

		assertThat(tree).extracting(ObjectiveView::title).containsExactly("安全高效生产", "个人学习");
		assertThat(tree.get(0).children()).extracting(ObjectiveView::title).containsExactly("采矿设计优化");
		assertThat(tree.get(0).children().get(0).children()).extracting(ObjectiveView::title)
			.containsExactly("完成 3 个采区设计");
	}

	@Test
	void progressIsTheMeanOfTheKeyResultsCappedAtTheirTargets() {
		assertThat(ObjectiveTree.progress(List.of(result("4", "1"), result("10", "20"))))
			.isEqualByComparingTo("62.50");
		assertThat(ObjectiveTree.progress(List.of(result("3", "1")))).isEqualByComparingTo("33.33");
		assertThat(ObjectiveTree.progress(List.of())).isEqualByComparingTo("0");
	}
}
