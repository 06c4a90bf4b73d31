package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns read-model cells into series: zero-filled by month, by shown unit or by a fixed list of keys, each point with
 * the drill parameters of its rows, and every label translated.
 */
@Component
class Charts {

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	Charts(MessageSource messages, JdbcTemplate jdbc) {
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/** Cells of a query whose columns are department_id, x, value. */
	List<Cell> cells(String sql, Object... arguments) {
		return jdbc.query(sql, (rs, i) -> new Cell(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3)),
				arguments);
	}

	/** Cells by measure of a query whose columns are department_id, x, then one value per measure in that order. */
	Map<String, List<Cell>> measures(List<String> measures, String sql, Object... arguments) {
		Map<String, List<Cell>> cells = new LinkedHashMap<>();
		measures.forEach(m -> cells.put(m, new ArrayList<>()));
		jdbc.query(sql, rs -> {
			UUID department = rs.getObject(1, UUID.class);
			String x = rs.getString(2);
			for (int i = 0; i < measures.size(); i++) {
				cells.get(measures.get(i)).add(new Cell(department, x, rs.getBigDecimal(3 + i)));
			}
		}, arguments);
		return cells;
	}

	/**
	 * The people behind a point: the query's rows (employee_id, department_id, detail) of the point's unit (or, when x
	 * is not a unit, of every counted department), one per person with their details joined, at most
	 * {@link Period#rows()} of them by employee number, all cut down in the database.
	 */
	List<Drilled> drilled(Period period, String x, String sql, Object... arguments) {
		Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
		all[arguments.length] = period.tenantId();
		all[arguments.length + 1] = period.rows();
		return jdbc.query("select d.employee_id, (array_agg(d.department_id order by d.detail desc))[1], "
				+ "string_agg(d.detail, '; ' order by d.detail) from (" + sql + ") d (employee_id, department_id, "
				+ "detail) where true"
				+ inDepartments(period, x).replace("department_id", "d.department_id") + " group by d.employee_id "
				+ "order by (select p.employee_no from analytics.person_fact p where p.tenant_id = ? "
				+ "and p.employee_id = d.employee_id) limit ?",
				(rs, i) -> new Drilled(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)), all);
	}

	/** Rows of a query whose columns are an id, a department_id and a detail. */
	void rows(String sql, IdRow row, Object... arguments) {
		jdbc.query(sql, rs -> {
			row.accept(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3));
		}, arguments);
	}

	/** One row of {@link #rows}. */
	interface IdRow {

		void accept(UUID id, UUID departmentId, String detail);
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** The series summed by month over the departments the period counts. */
	Series byMonth(String key, Period period, List<Cell> cells, boolean drill) {
		Map<String, BigDecimal> sums = sums(period, cells, Cell::x);
		List<Point> points = period.months()
			.stream()
			.map(month -> point(period, key, month, month, sums.get(month), drill))
			.toList();
		return new Series(key, text("analytics.series." + key), points);
	}

	/** The series rolled up to the shown units. */
	Series byUnit(String key, Period period, List<Cell> cells, boolean drill) {
		Map<String, BigDecimal> sums = sums(period, cells, cell -> {
			UUID unit = period.units().unitOf(cell.departmentId());
			return unit == null ? null : unit.toString();
		});
		List<Point> points = new ArrayList<>();
		period.units()
			.shown()
			.forEach((unit, name) -> points.add(point(period, key, unit.toString(), name, sums.get(unit.toString()),
					drill)));
		return new Series(key, text("analytics.series." + key), points);
	}

	/** The series over fixed keys (bands, channels, grades) with their labels. */
	Series byKey(String key, Period period, List<Cell> cells, List<String> xs, Function<String, String> label,
			boolean drill) {
		Map<String, BigDecimal> sums = sums(period, cells, Cell::x);
		List<Point> points = xs.stream().map(x -> point(period, key, x, label.apply(x), sums.get(x), drill)).toList();
		return new Series(key, text("analytics.series." + key), points);
	}

	/** A series whose points are a ratio of two others' (null where the denominator is zero); no drill. */
	Series ratio(String key, Series numerator, Series denominator) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < numerator.points().size(); i++) {
			Point n = numerator.points().get(i);
			BigDecimal d = (BigDecimal) denominator.points().get(i).value();
			BigDecimal value = d == null || d.signum() == 0 ? null
					: ((BigDecimal) n.value()).divide(d, 4, RoundingMode.HALF_UP);
			points.add(new Point(n.x(), n.label(), value, null));
		}
		return new Series(key, text("analytics.series." + key), points);
	}

	Point point(Period period, String key, String x, String label, BigDecimal value, boolean drill) {
		return new Point(x, label, value == null ? BigDecimal.ZERO : value, drill ? drill(period, key, x) : null);
	}

	static Map<String, String> drill(Period period, String series, String x) {
		Map<String, String> drill = new LinkedHashMap<>();
		drill.put("series", series);
		drill.put("x", x);
		drill.put("from", period.from().toString());
		drill.put("to", period.to().toString());
		if (period.departmentId() != null) {
			drill.put("departmentId", period.departmentId().toString());
		}
		return drill;
	}

	private static Map<String, BigDecimal> sums(Period period, List<Cell> cells, Function<Cell, String> key) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (!period.units().counts(cell.departmentId())) {
				continue;
			}
			String x = key.apply(cell);
			if (x != null && cell.value() != null) {
				sums.merge(x, cell.value(), BigDecimal::add);
			}
		}
		return sums;
	}

	/** The month of a month point; anything else is a 400. */
	static java.time.YearMonth month(String x) {
		try {
			return java.time.YearMonth.parse(x);
		}
		catch (java.time.format.DateTimeParseException notAMonth) {
			throw io.renloop.platform.InvalidFieldsException.of("x", "analytics.dashboard.xRequired");
		}
	}

	/**
	 * A condition on department_id that keeps the rows of the unit point x (or, when x is not a unit, of every counted
	 * department), so that a drill-down reads only them; empty when everything counts. Built from UUIDs only.
	 */
	static String inDepartments(Period period, String x) {
		UUID unit = unitOrNull(x);
		java.util.Collection<UUID> departments = unit != null ? period.units().departmentsOf(unit)
				: period.units().allowed();
		if (departments == null) {
			return "";
		}
		if (departments.isEmpty()) {
			return " and false";
		}
		return departments.stream()
			.map(d -> "'" + d + "'")
			.collect(java.util.stream.Collectors.joining(", ", " and department_id in (", ")"));
	}

	static UUID unitOrNull(String x) {
		try {
			return x == null ? null : UUID.fromString(x);
		}
		catch (IllegalArgumentException notAUnit) {
			return null;
		}
	}
}
