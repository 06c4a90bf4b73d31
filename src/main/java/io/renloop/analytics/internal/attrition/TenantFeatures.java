package io.renloop.analytics.internal.attrition;

import io.renloop.payroll.PayBands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The features of the tenant's own model, read from analytics' read models only (person facts, lifecycle changes,
 * performance results, closed attendance months, training completions) as they stood on a given day — never a fact
 * dated after it, so a model trained on last year's snapshot learns nothing it could not have known. Protected
 * attributes (the birth year kept for age bands) are never read. Pay against the position's band comes from payroll
 * ({@link PayBands#positionInBand}: only the ratio, for the structure and band in force on the day, never an amount),
 * else from the person's outside history ({@code person_fact.pay_vs_band}), so that past leavers, who never had a pay
 * structure in payroll, carry it as the staff do and "unknown" does not come to mean "left" (ADR 0028).
 */
@Component
class TenantFeatures {

	/** The feature columns, in model order; each has a reason sentence {@code analytics.attrition.reason.<name>}. */
	static final List<String> COLUMNS = List.of("tenureMonths", "monthsSinceRaise", "monthsSincePromotion",
			"transfers", "leavesOfAbsence", "performanceScore", "performanceTrend", "overtimeHours", "overtimeTrend",
			"absenceDays", "attendanceAnomalies", "trainingHours", "payVsBand", "position");

	private final JdbcTemplate jdbc;

	private final PayBands payBands;

	TenantFeatures(JdbcTemplate jdbc, PayBands payBands) {
		this.jdbc = jdbc;
		this.payBands = payBands;
	}

	/**
	 * A person as the model sees them on a day.
	 *
	 * @param employeeId the employee
	 * @param name their name, as the people read model keeps it
	 * @param departmentId their unit
	 * @param cells their features, aligned with {@link #COLUMNS}
	 * @param exitDate the day they left, or null
	 */
	record Person(UUID employeeId, String name, UUID departmentId, String[] cells, LocalDate exitDate) {
	}

	/**
	 * Everyone employed on {@code day} (in {@code departments}, or the whole tenant for null) with their features as
	 * of that day.
	 */
	List<Person> employedOn(String tenantId, LocalDate day, Collection<UUID> departments) {
		Date on = Date.valueOf(day);
		List<Object[]> people = jdbc.query("select employee_id, department_id, position_id, hire_date, exit_date, name, "
				+ "pay_vs_band from analytics.person_fact where tenant_id = ? and hire_date <= ? and (exit_date is null or exit_date > ?)",
				(rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), rs.getDate(4).toLocalDate(),
						rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6), rs.getBigDecimal(7) },
				tenantId, on, on);
		people.removeIf(row -> departments != null && !departments.contains((UUID) row[1]));
		Map<UUID, LocalDate> lastRaise = lastChange(tenantId, "PAY_CHANGE", on);
		Map<UUID, LocalDate> lastPromotion = lastChange(tenantId, "PROMOTION", on);
		Map<UUID, Integer> transfers = changesInYear(tenantId, "TRANSFER", day);
		Map<UUID, Integer> leaves = changesInYear(tenantId, "LEAVE_OF_ABSENCE", day);
		Map<UUID, double[]> performance = performance(tenantId, on);
		Map<UUID, double[]> attendance = attendance(tenantId, day);
		Map<UUID, BigDecimal> training = training(tenantId, day);
		Map<UUID, BigDecimal> inBand = payBands.positionInBand(people.stream().map(row -> (UUID) row[0]).toList(), day);
		List<Person> persons = new ArrayList<>(people.size());
		for (Object[] row : people) {
			UUID id = (UUID) row[0];
			UUID department = (UUID) row[1];
			LocalDate hired = (LocalDate) row[3];
			double[] perf = performance.get(id);
			double[] att = attendance.get(id);
			String[] cells = { months(hired, day), months(lastRaise.getOrDefault(id, hired), day),
					months(lastPromotion.getOrDefault(id, hired), day), count(transfers.get(id)), count(leaves.get(id)),
					perf == null ? "" : number(perf[0]), perf == null || Double.isNaN(perf[1]) ? "" : number(perf[1]),
					att == null ? "" : number(att[0]), att == null ? "" : number(att[1]), att == null ? "" : number(att[2]),
					att == null ? "" : number(att[3]), training.getOrDefault(id, BigDecimal.ZERO).stripTrailingZeros().toPlainString(),
					percent(inBand.getOrDefault(id, (BigDecimal) row[6])), row[2] == null ? "" : row[2].toString() };
			persons.add(new Person(id, (String) row[5], department, cells, (LocalDate) row[4]));
		}
		return persons;
	}

	private Map<UUID, LocalDate> lastChange(String tenantId, String type, Date on) {
		Map<UUID, LocalDate> last = new HashMap<>();
		jdbc.query("select employee_id, max(effective_date) from analytics.lifecycle_change where tenant_id = ? "
				+ "and change_type = ? and effective_date <= ? group by employee_id",
				rs -> { last.put(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()); }, tenantId, type, on);
		return last;
	}

	private Map<UUID, Integer> changesInYear(String tenantId, String type, LocalDate day) {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.query("select employee_id, count(*) from analytics.lifecycle_change where tenant_id = ? and change_type = ? "
				+ "and effective_date > ? and effective_date <= ? group by employee_id",
				rs -> { counts.put(rs.getObject(1, UUID.class), rs.getInt(2)); }, tenantId, type,
				Date.valueOf(day.minusYears(1)), Date.valueOf(day));
		return counts;
	}

	/** The latest score and its change against the one before (NaN without an earlier result). */
	private Map<UUID, double[]> performance(String tenantId, Date on) {
		Map<UUID, double[]> results = new HashMap<>();
		jdbc.query("select employee_id, score, rank from (select employee_id, score, row_number() over (partition by "
				+ "employee_id order by period_end desc) as rank from analytics.performance_result where tenant_id = ? "
				+ "and published_at < ?) r where rank <= 2", rs -> {
					double[] scores = results.computeIfAbsent(rs.getObject(1, UUID.class), id -> new double[] { 0, Double.NaN });
					double score = rs.getDouble(2);
					if (rs.getInt(3) == 1) {
						scores[0] = score;
					}
					else {
						scores[1] = scores[0] - score;
					}
				}, tenantId, on);
		return results;
	}

	/**
	 * Monthly overtime over the last three closed months, its change against the three before, absent days and
	 * anomalies over the last six.
	 */
	private Map<UUID, double[]> attendance(String tenantId, LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		Map<UUID, double[]> rows = new HashMap<>();
		jdbc.query("select employee_id, "
				+ "coalesce(sum(overtime_hours) filter (where month >= ?), 0) / 3, "
				+ "coalesce(sum(overtime_hours) filter (where month < ?), 0) / 3, sum(absent_days), sum(anomalies) "
				+ "from analytics.attendance_month where tenant_id = ? and month >= ? and month < ? group by employee_id",
				rs -> {
					double recent = rs.getDouble(2);
					rows.put(rs.getObject(1, UUID.class),
							new double[] { recent, recent - rs.getDouble(3), rs.getInt(4), rs.getInt(5) });
				}, Date.valueOf(month.minusMonths(3)), Date.valueOf(month.minusMonths(3)), tenantId,
				Date.valueOf(month.minusMonths(6)), Date.valueOf(month));
		return rows;
	}

	private Map<UUID, BigDecimal> training(String tenantId, LocalDate day) {
		Map<UUID, BigDecimal> hours = new HashMap<>();
		jdbc.query("select employee_id, sum(hours) from analytics.training_completion where tenant_id = ? "
				+ "and completed_on > ? and completed_on <= ? group by employee_id",
				rs -> { hours.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)); }, tenantId,
				Date.valueOf(day.minusYears(1)), Date.valueOf(day));
		return hours;
	}

	/** A ratio against the band midpoint in whole percent (-18 = 18 % below), blank when unknown. */
	static String percent(BigDecimal ratio) {
		return ratio == null ? "" : ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	private static String months(LocalDate from, LocalDate to) {
		return String.valueOf(Math.max(0, ChronoUnit.MONTHS.between(from, to)));
	}

	private static String count(Integer count) {
		return String.valueOf(count == null ? 0 : count);
	}

	private static String number(double value) {
		return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
	}
}
