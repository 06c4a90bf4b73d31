package io.renloop.payroll.internal.formula;

import io.renloop.platform.formula.FormulaEngine;
import io.renloop.platform.formula.FormulaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a salary item's formula may read. Built-in variables (lower camel case) are provided by the payroll run
 * for every employee and month; upper-case names ({@code [A-Z][A-Z0-9_]*}) are other items' codes, which are computed
 * first, or — when no item has that code on the day — one-off inputs entered per employee and month (bonus,
 * commission...). Any other name is refused when the formula is saved. Labels: {@code payroll.variable.<name>}.
 */
public final class PayVariables {

	public static final String BASE = "base";

	public static final String ALLOWANCES = "allowances";

	public static final String WORKDAYS = "workdays";

	public static final String ABSENT_DAYS = "absentDays";

	public static final String LATE_MINUTES = "lateMinutes";

	public static final String UNPAID_LEAVE_DAYS = "unpaidLeaveDays";

	public static final String SICK_LEAVE_DAYS = "sickLeaveDays";

	public static final String OVERTIME_WORKDAY_HOURS = "overtimeWorkdayHours";

	public static final String OVERTIME_REST_DAY_HOURS = "overtimeRestDayHours";

	public static final String OVERTIME_HOLIDAY_HOURS = "overtimeHolidayHours";

	/** Base ÷ 21.75 (the legal average of paid days a month), to fen. */
	public static final String DAILY_RATE = "dailyRate";

	/** Base ÷ 21.75 ÷ 8, to fen. */
	public static final String HOURLY_RATE = "hourlyRate";

	/** 1 unless a review says otherwise. */
	public static final String PERFORMANCE_FACTOR = "performanceFactor";

	/** A year-end or one-off bonus entered for the month. */
	public static final String BONUS = "bonus";

	/** Every built-in variable, in the order the guide lists them. */
	public static final List<String> BUILT_IN = List.of(BASE, ALLOWANCES, WORKDAYS, ABSENT_DAYS, LATE_MINUTES,
			UNPAID_LEAVE_DAYS, SICK_LEAVE_DAYS, OVERTIME_WORKDAY_HOURS, OVERTIME_REST_DAY_HOURS, OVERTIME_HOLIDAY_HOURS,
			DAILY_RATE, HOURLY_RATE, PERFORMANCE_FACTOR, BONUS);

	/** The legal average of paid days a month (计薪天数). */
	public static final BigDecimal PAID_DAYS_PER_MONTH = new BigDecimal("21.75");

	private static final BigDecimal HOURS_PER_DAY = new BigDecimal("8");

	private static final Set<String> BUILT_IN_SET = Set.copyOf(BUILT_IN);

	/** Item and input codes: upper case letters, digits and underscores, at most 40 characters. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private PayVariables() {
	}

	public static boolean isBuiltIn(String name) {
		return BUILT_IN_SET.contains(name);
	}

	/** Whether the name is an item's or an input's code. */
	public static boolean isCode(String name) {
		return name != null && CODE.matcher(name).matches();
	}

	/** The message key of the variable's label. */
	public static String labelKey(String name) {
		return "payroll.variable." + name;
	}

	/** @throws FormulaException naming the first variable that is neither built in nor a code */
	public static void requireKnown(Set<String> variables) {
		variables.stream()
			.filter(name -> !isBuiltIn(name) && !isCode(name))
			.findFirst()
			.ifPresent(name -> {
				throw new FormulaException("payroll.formula.unknownVariable", name);
			});
	}

	public static BigDecimal dailyRate(BigDecimal base) {
		return base.divide(PAID_DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
	}

	public static BigDecimal hourlyRate(BigDecimal base) {
		return base.divide(PAID_DAYS_PER_MONTH.multiply(HOURS_PER_DAY), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The values with what follows from them when not given: the daily and hourly rate from {@code base}, and a
	 * performance factor of 1.
	 */
	public static Map<String, Object> withDerived(Map<String, Object> values) {
		Map<String, Object> all = new HashMap<>(values);
		all.putIfAbsent(PERFORMANCE_FACTOR, BigDecimal.ONE);
		if (values.get(BASE) != null) {
			BigDecimal base = FormulaEngine.number(BASE, values.get(BASE));
			all.putIfAbsent(DAILY_RATE, dailyRate(base));
			all.putIfAbsent(HOURLY_RATE, hourlyRate(base));
		}
		return all;
	}
}
