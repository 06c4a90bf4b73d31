package io.renloop.payroll.internal.items;

import io.renloop.payroll.internal.items.SalaryItems.Item;
import io.renloop.payroll.internal.items.SalaryItems.Kind;
import java.time.LocalDate;
import java.util.List;

/**
 * The items every tenant has until it saves its own version of their code. Overtime follows the Labour Law (150 % on
 * workdays, 200 % on rest days, 300 % on holidays); deductions take the daily rate per absent or unpaid day and the
 * pay of the minutes late. Sick pay is not a formula: the payroll run computes it from the leave module's rules.
 */
final class BuiltInSalaryItems {

	/** Built-in items apply from the beginning of time, so that a tenant's first version replaces them from its day. */
	static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

	static final List<Item> ALL = List.of(
			item("OVERTIME", "加班费", "Overtime pay", Kind.EARNING,
					"hourlyRate * (overtimeWorkdayHours * 1.5 + overtimeRestDayHours * 2 + overtimeHolidayHours * 3)", 20),
			item("PERFORMANCE_BONUS", "绩效奖金", "Performance bonus", Kind.EARNING, "base * 0.1 * performanceFactor", 30),
			item("ABSENCE", "旷工扣款", "Absence deduction", Kind.DEDUCTION, "dailyRate * absentDays", 60),
			item("UNPAID_LEAVE", "事假扣款", "Unpaid leave deduction", Kind.DEDUCTION, "dailyRate * unpaidLeaveDays", 70),
			item("LATE", "迟到扣款", "Lateness deduction", Kind.DEDUCTION, "hourlyRate / 60 * lateMinutes", 80));

	private BuiltInSalaryItems() {
	}

	private static Item item(String code, String nameZh, String nameEn, Kind kind, String formula, int seq) {
		return new Item(code, 0, nameZh, nameEn, kind, true, formula, seq, SINCE, true, null, null);
	}
}
