package io.renloop.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One dashboard's figures, the same JSON shape for every dashboard (ADR 0027):
 * {@code {"dashboard","from","to","departmentId","series":[{"key","label","points":[{"x","label","value","drill"}]}],
 * "warnings":[...]}}.
 *
 * @param dashboard the dashboard's name, e.g. {@code turnover}
 * @param from the first day of the period
 * @param to the last day of the period
 * @param departmentId the unit filter, null for everything the viewer may see
 * @param series the series of the dashboard
 * @param warnings findings worth a banner, e.g. units above the legal overtime limit
 */
public record DashboardView(String dashboard, LocalDate from, LocalDate to, UUID departmentId, List<Series> series,
		List<Warning> warnings) {

	/**
	 * A named series of points.
	 *
	 * @param key stable key, e.g. {@code exitsVoluntary}
	 * @param label the translated name
	 * @param points the points in display order
	 */
	public record Series(String key, String label, List<Point> points) {
	}

	/**
	 * One number.
	 *
	 * @param x the point's key: a month {@code 2026-03}, a department id, a channel, a band or a grade
	 * @param label what to print for x (a unit's name, a translated band ...)
	 * @param value the number (counts, hours, yuan with two decimals, rates between 0 and 1)
	 * @param drill the query parameters of {@code GET /api/v1/analytics/{dashboard}/rows} that list the people
	 * behind the number; null where a number must stay aggregate (tenure and age bands)
	 */
	public record Point(String x, String label, Number value, Map<String, String> drill) {
	}

	/**
	 * A finding to show above the charts.
	 *
	 * @param code the message key
	 * @param text the translated text
	 * @param drill the rows behind it, or null
	 */
	public record Warning(String code, String text, Map<String, String> drill) {
	}
}
