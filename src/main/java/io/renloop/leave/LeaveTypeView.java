package io.renloop.leave;

/**
 * A leave type as the tenant uses it, named in the caller's language.
 *
 * @param code {@code ANNUAL}, {@code SICK}, {@code PERSONAL}, {@code MARRIAGE}, {@code MATERNITY}, {@code PATERNITY},
 * {@code PARENTAL}, {@code BEREAVEMENT}, {@code COMPENSATORY} or one of the tenant's own
 * @param unit the smallest part that can be asked for: {@code DAY}, {@code HALF_DAY} or {@code HOUR}
 * @param paid whether payroll pays the days
 * @param hasBalance whether requests draw on a balance (annual, compensatory)
 * @param dayBasis how days are counted where no provincial rule says otherwise
 */
public record LeaveTypeView(String code, String name, String unit, boolean paid, boolean hasBalance,
		DayBasis dayBasis, String nameZh, String nameEn) {
}
