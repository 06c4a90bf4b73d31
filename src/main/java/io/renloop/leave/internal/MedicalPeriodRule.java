package io.renloop.leave.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * 医疗期 under 企业职工患病或非因工负伤医疗期规定 (劳部发〔1994〕479号) art. 3, with the counting windows of 劳部发〔1995〕236号:
 * by total years of work and years with this employer, 3 to 24 months of sick leave within a window of 6 to 30
 * months, counted in calendar days (holidays included).
 */
final class MedicalPeriodRule {

	/** Months of medical period and the window in which they are counted. */
	record Entitlement(int months, int windowMonths) {
	}

	private MedicalPeriodRule() {
	}

	static Entitlement of(LocalDate workStart, LocalDate hireDate, LocalDate on) {
		int total = years(workStart == null ? hireDate : workStart, on);
		int local = years(hireDate, on);
		if (total < 10) {
			return local < 5 ? new Entitlement(3, 6) : new Entitlement(6, 12);
		}
		if (local < 5) {
			return new Entitlement(6, 12);
		}
		if (local < 10) {
			return new Entitlement(9, 15);
		}
		if (local < 15) {
			return new Entitlement(12, 18);
		}
		return local < 20 ? new Entitlement(18, 24) : new Entitlement(24, 30);
	}

	static int years(LocalDate from, LocalDate on) {
		return from == null || on.isBefore(from) ? 0 : Period.between(from, on).getYears();
	}
}
