package io.renloop.payroll.internal.input;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Receives published performance results and keeps each grade as the performance factor of the payroll of the
 * month of publication (in the tenant's zone), see {@link GradeFactors}. Idempotent: one row per cycle and employee.
 */
@Component
public class PerformanceGrades {

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final TenantTime time;

	PerformanceGrades(JdbcTemplate jdbc, TenantTransactions inTenant, TenantTime time) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.time = time;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PerformanceResultsPublished published) {
		String tenantId = published.tenantId();
		String period = YearMonth.from(published.publishedAt().atZone(time.zone(tenantId))).toString();
		List<Object[]> rows = published.results()
			.stream()
			.filter(result -> result.grade() != null)
			.map(result -> new Object[] { tenantId, published.cycleId(), result.employeeId(), period, result.grade(),
					result.score(), GradeFactors.of(result.grade()), published.cycleName(),
					Timestamp.from(time.clock().instant()) })
			.toList();
		inTenant.run(tenantId, () -> jdbc.batchUpdate("""
				insert into payroll.performance_grade (tenant_id, cycle_id, employee_id, period, grade, score, factor,
				 cycle_name, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, cycle_id, employee_id) do nothing""", rows));
	}

	/** The grades that set the factor of the month, by employee (the latest cycle's when several apply). */
	public Map<UUID, PerformanceGrade> month(String tenantId, String period) {
		Map<UUID, PerformanceGrade> grades = new HashMap<>();
		jdbc.query("""
				select employee_id, grade, factor, cycle_name from payroll.performance_grade
				 where tenant_id = ? and period = ? order by received_at""", rs -> {
			grades.put(rs.getObject(1, UUID.class),
					new PerformanceGrade(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
		}, tenantId, period);
		return grades;
	}
}
