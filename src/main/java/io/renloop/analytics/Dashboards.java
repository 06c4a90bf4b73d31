package io.renloop.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The people dashboards, computed from analytics' own read models only and confined to the current user's data scope
 * (a manager sees their subtree). {@code payroll-cost} also needs PAYROLL_READ, {@code performance}
 * PERFORMANCE_READ. Dashboards: {@code headcount}, {@code turnover}, {@code tenure-age},
 * {@code hiring}, {@code attendance}, {@code payroll-cost}, {@code performance}, {@code training}.
 */
public interface Dashboards {

	/** The dashboards in display order. */
	List<String> NAMES = List.of("headcount", "turnover", "tenure-age", "hiring", "attendance", "payroll-cost",
			"performance", "training");

	/**
	 * One dashboard's series.
	 * @param from first day, null for twelve months before {@code to}
	 * @param to last day, null for today
	 * @param departmentId a unit (with everything below it), null for the viewer's whole scope
	 * @throws io.renloop.platform.NotFoundException for an unknown dashboard
	 * @throws io.renloop.platform.InvalidFieldsException when from is after to or the period exceeds five years
	 */
	DashboardView dashboard(String dashboard, LocalDate from, LocalDate to, UUID departmentId);

	/**
	 * The people behind one number: the point's {@code drill} parameters.
	 * @param series the series key of the point
	 * @param x the point's x
	 * @return at most {@code limit} rows, ordered by department and employee number
	 */
	List<DashboardRow> rows(String dashboard, String series, String x, LocalDate from, LocalDate to,
			UUID departmentId, int limit);
}
