package io.renloop.payroll.internal.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.payroll.internal.items.SalaryItems.Item;
import io.renloop.payroll.internal.items.SalaryItems.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a day the version with the latest effective date on or before it applies; built-in items apply until the
 * tenant's own version of their code takes effect.
 */
class SalaryItemVersionsApplyByDayTests {

	static Item saved(String code, int version, String formula, String from) {
		return new Item(code, version, "项目", "Item", Kind.EARNING, true, formula, 50, LocalDate.parse(from), false,
				"payroll@demo.example", Instant.parse("2026-01-01T00:00:00Z"));
	}

	static String formulaOn(ItemHistory history, String code, String day) {
		return history.inForce(code, LocalDate.parse(day)).map(Item::formula).orElse(null);
	}

	@Test
	void theLatestVersionEffectiveOnTheDayApplies() {
		ItemHistory history = new ItemHistory(List.of(saved("SHIFT", 1, "base * 0.1", "2026-01-01"),
				saved("SHIFT", 2, "base * 0.2", "2026-07-01"), saved("SHIFT", 3, "base * 0.15", "2026-03-01")));
		assertThat(formulaOn(history, "SHIFT", "2025-12-31")).isNull();
		assertThat(formulaOn(history, "SHIFT", "2026-02-01")).isEqualTo("base * 0.1");
		assertThat(formulaOn(history, "SHIFT", "2026-03-01")).isEqualTo("base * 0.15");
		assertThat(formulaOn(history, "SHIFT", "2026-07-01")).isEqualTo("base * 0.2");
	}

	@Test
	void ofTwoVersionsStartingTheSameDayTheLaterSavedApplies() {
		ItemHistory history = new ItemHistory(List.of(saved("SHIFT", 1, "1", "2026-01-01"), saved("SHIFT", 2, "2", "2026-01-01")));
		assertThat(formulaOn(history, "SHIFT", "2026-01-01")).isEqualTo("2");
	}

	@Test
	void aBuiltInItemAppliesUntilTheTenantsVersionTakesEffect() {
		ItemHistory history = new ItemHistory(List.of(saved("OVERTIME", 1, "hourlyRate * overtimeWorkdayHours * 2", "2027-01-01")));
		assertThat(formulaOn(history, "OVERTIME", "2026-12-31")).contains("overtimeHolidayHours * 3");
		assertThat(formulaOn(history, "OVERTIME", "2027-01-01")).isEqualTo("hourlyRate * overtimeWorkdayHours * 2");
		assertThat(history.versions("OVERTIME")).extracting(Item::version).containsExactly(1, 0);
		assertThat(history.nextVersion("OVERTIME")).isEqualTo(2);
	}

	@Test
	void itemsAreListedBySeqThenCode() {
		assertThat(new ItemHistory(List.of()).inForce(LocalDate.parse("2026-06-01"))).extracting(Item::code)
			.containsExactly("OVERTIME", "PERFORMANCE_BONUS", "ABSENCE", "UNPAID_LEAVE", "LATE");
	}

	@Test
	void aChangeMayMatterOnEveryLaterDayAVersionStarts() {
		ItemHistory history = new ItemHistory(List.of(saved("A", 1, "1", "2026-01-01"), saved("A", 2, "B", "2026-09-01")));
		assertThat(history.changesFrom(LocalDate.parse("2026-03-01"))).containsExactly(LocalDate.parse("2026-03-01"),
				LocalDate.parse("2026-09-01"));
	}
}
