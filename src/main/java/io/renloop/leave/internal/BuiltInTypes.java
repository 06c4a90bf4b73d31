package io.renloop.leave.internal;

import io.renloop.leave.DayBasis;
import java.util.List;
import java.util.Optional;

/**
 * The leave types every tenant starts with. Names are data a tenant may change (through its own row), so they live
 * here and in {@code leave.leave_type}, not in the message bundles.
 */
final class BuiltInTypes {

	/** A type's definition. */
	record Definition(String code, String nameZh, String nameEn, String unit, DayBasis dayBasis, boolean paid,
			boolean hasBalance) {
	}

	static final String ANNUAL = "ANNUAL";

	static final String SICK = "SICK";

	static final String COMPENSATORY = "COMPENSATORY";

	static final List<Definition> ALL = List.of(
			new Definition(ANNUAL, "年休假", "Annual leave", "HALF_DAY", DayBasis.WORKING_DAYS, true, true),
			new Definition(SICK, "病假", "Sick leave", "HALF_DAY", DayBasis.WORKING_DAYS, true, false),
			new Definition("PERSONAL", "事假", "Personal leave (unpaid)", "HOUR", DayBasis.WORKING_DAYS, false, false),
			new Definition("MARRIAGE", "婚假", "Marriage leave", "DAY", DayBasis.WORKING_DAYS, true, false),
			new Definition("MATERNITY", "产假", "Maternity leave", "DAY", DayBasis.CALENDAR_DAYS, true, false),
			new Definition("PATERNITY", "陪产假（护理假）", "Paternity leave", "DAY", DayBasis.CALENDAR_DAYS, true, false),
			new Definition("PARENTAL", "育儿假", "Parental leave", "HALF_DAY", DayBasis.WORKING_DAYS, true, false),
			new Definition("BEREAVEMENT", "丧假", "Bereavement leave", "DAY", DayBasis.WORKING_DAYS, true, false),
			new Definition("COMPENSATORY", "调休假", "Compensatory leave", "HOUR", DayBasis.WORKING_DAYS, true, true));

	private BuiltInTypes() {
	}

	static Optional<Definition> find(String code) {
		return ALL.stream().filter(type -> type.code().equals(code)).findFirst();
	}
}
