package io.renloop.payroll.internal.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Items are computed after the items their formulas read; circles are refused, naming the circle in order. */
class ItemsAreOrderedAfterTheItemsTheyReadTests {

	@Test
	void everyItemComesAfterWhatItReads() {
		var order = FormulaOrder.sort(Map.of("GROSS", Set.of("OVERTIME", "BONUS_INPUT", "base"), "OVERTIME",
				Set.of("hourlyRate"), "NET", Set.of("GROSS", "DEDUCTIONS"), "DEDUCTIONS", Set.of("ABSENCE"), "ABSENCE",
				Set.of("dailyRate", "absentDays")));
		assertThat(order).containsExactlyInAnyOrder("GROSS", "OVERTIME", "NET", "DEDUCTIONS", "ABSENCE");
		assertThat(order.indexOf("OVERTIME")).isLessThan(order.indexOf("GROSS"));
		assertThat(order.indexOf("GROSS")).isLessThan(order.indexOf("NET"));
		assertThat(order.indexOf("ABSENCE")).isLessThan(order.indexOf("DEDUCTIONS"));
		assertThat(order.indexOf("DEDUCTIONS")).isLessThan(order.indexOf("NET"));
	}

	@Test
	void independentItemsKeepTheOrderOfTheirCodes() {
		assertThat(FormulaOrder.sort(Map.of("C", Set.of(), "A", Set.of(), "B", Set.of()))).containsExactly("A", "B", "C");
	}

	@Test
	void aCycleIsNamedInReadingOrder() {
		assertThatThrownBy(() -> FormulaOrder.sort(Map.of("A", Set.of("B"), "B", Set.of("C"), "C", Set.of("A"),
				"D", Set.of("A"))))
			.isInstanceOfSatisfying(FormulaCycleException.class,
					ex -> assertThat(ex.cycle()).containsExactly("A", "B", "C", "A"));
	}

	@Test
	void anItemReadingItselfIsACycle() {
		assertThatThrownBy(() -> FormulaOrder.sort(Map.of("A", Set.of("A", "base"))))
			.isInstanceOfSatisfying(FormulaCycleException.class, ex -> {
				assertThat(ex.cycle()).containsExactly("A", "A");
				assertThat(ex.arguments()).containsExactly("A → A");
				assertThat(ex.status()).isEqualTo(400);
			});
	}
}
