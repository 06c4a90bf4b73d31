package io.renloop.attendance.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 13 statutory holidays of a year as the Holiday Regulations (全国年节及纪念日放假办法, as amended from 2025)
 * name them: 元旦 1 January; 春节 four days, 除夕 to 初三; 清明; 劳动节 1–2 May; 端午; 中秋; 国庆 1–3 October. They
 * are derived from the law and the lunar calendar, never from the "off day" flags of a holiday notice: the notice's
 * other days off are rest days swapped for make-up workdays, paid at 200 % rather than 300 % when worked. When
 * 中秋 falls on a 国庆 day the year has 12 distinct dates.
 */
final class StatutoryHolidays {

	static final int PER_YEAR = 13;

	private StatutoryHolidays() {
	}

	/** The dates and names of the year's statutory holidays, or empty when the lunar table does not cover it. */
	static Optional<Map<LocalDate, String>> of(int year) {
		if (!LunarDates.covers(year)) {
			return Optional.empty();
		}
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, 1, 1), "元旦");
		LocalDate newYear = LunarDates.springFestival(year).orElseThrow();
		for (int i = -1; i <= 2; i++) {
			days.put(newYear.plusDays(i), "春节");
		}
		days.put(LunarDates.qingming(year), "清明节");
		days.put(LocalDate.of(year, 5, 1), "劳动节");
		days.put(LocalDate.of(year, 5, 2), "劳动节");
		days.put(LunarDates.dragonBoat(year).orElseThrow(), "端午节");
		days.put(LunarDates.midAutumn(year).orElseThrow(), "中秋节");
		for (int d = 1; d <= 3; d++) {
			// 中秋 may fall on 1–3 October (as in 2020 and 2028): one day, both names
			days.merge(LocalDate.of(year, 10, d), "国庆节", (midAutumn, national) -> national + "、" + midAutumn);
		}
		return Optional.of(days);
	}
}
