package io.renloop.analytics;

/**
 * The dashboards' read models as a whole: a cold start (or a repair) empties the current tenant's tables and refills
 * them from the owning modules' public APIs, giving the same rows the events would have given.
 */
public interface ReadModels {

	/** Empties and refills the current tenant's dashboard read models and their summaries; audited. */
	Rebuilt rebuild();

	/**
	 * Recomputes only the summaries by unit from the read models' facts, after facts were repaired or loaded into the
	 * tables directly (a migration from another system); audited.
	 *
	 * @return how long it took, in milliseconds
	 */
	long summarise();

	/**
	 * What a rebuild wrote.
	 * @param people person facts
	 * @param applications application facts
	 * @param attendanceMonths employee-months of attendance
	 * @param payrollRows payroll cost rows
	 * @param trainingCompletions completed courses
	 * @param millis how long it took
	 */
	record Rebuilt(int people, int applications, int attendanceMonths, int payrollRows, int trainingCompletions,
			long millis) {
	}
}
