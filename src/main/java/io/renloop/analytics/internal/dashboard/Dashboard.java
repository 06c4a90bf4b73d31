package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardRow;
import io.renloop.analytics.DashboardView;
import io.renloop.platform.Permission;
import java.util.List;
import java.util.Set;

/** One dashboard: its series over the read models and the people behind each of its numbers. */
interface Dashboard {

	/** The dashboard's path name, e.g. {@code turnover}. */
	String name();

	/** Permissions needed besides ANALYTICS_READ. */
	default Set<Permission> needs() {
		return Set.of();
	}

	/** The series (and warnings) of the period. */
	Figures figures(Period period);

	/** The people behind the point {@code x} of the series {@code series}; empty for an aggregate-only series. */
	List<Drilled> drill(Period period, String series, String x);

	/**
	 * The candidates behind the point, for a figure counted in applications rather than employees; null for a series
	 * of employees.
	 */
	default List<DashboardRow> candidates(Period period, String series, String x) {
		return null;
	}

	/** Series and warnings. */
	record Figures(List<DashboardView.Series> series, List<DashboardView.Warning> warnings) {

		Figures(List<DashboardView.Series> series) {
			this(series, List.of());
		}
	}
}
