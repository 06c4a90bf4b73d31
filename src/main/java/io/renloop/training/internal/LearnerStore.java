package io.renloop.training.internal;

import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.platform.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's learners (training.learner): who works in which unit and position from when until when, as
 * the employee module last announced it. Every write is an upsert of the record's current state, so a repeated or
 * late event changes nothing.
 */
@Component
class LearnerStore {

	private static final String UPSERT = """
			insert into training.learner (tenant_id, employee_id, name, department_id, position_id, hire_date,
			    termination_date)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (tenant_id, employee_id) do update set name = excluded.name,
			    department_id = excluded.department_id, position_id = excluded.position_id,
			    hire_date = excluded.hire_date, termination_date = excluded.termination_date""";

	private static final int BATCH = 2000;

	private final JdbcTemplate jdbc;

	LearnerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void put(Entry learner) {
		jdbc.update(UPSERT, values(TenantContext.require(), learner));
	}

	/** Whether the current tenant's learners were ever filled from the employee directory. */
	boolean filled() {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from training.learner_roster where tenant_id = ?)", Boolean.class,
				TenantContext.require()));
	}

	/** Forgets the current tenant's learners before a refill, and notes when it was filled. */
	void clear(Instant now) {
		String tenant = TenantContext.require();
		jdbc.update("""
				insert into training.learner_roster (tenant_id, rebuilt_at) values (?, ?)
				on conflict (tenant_id) do update set rebuilt_at = excluded.rebuilt_at""", tenant, Timestamp.from(now));
		jdbc.update("delete from training.learner where tenant_id = ?", tenant);
	}

	/** Writes many learners in batches. */
	void putAll(List<Entry> learners) {
		String tenant = TenantContext.require();
		for (int from = 0; from < learners.size(); from += BATCH) {
			jdbc.batchUpdate(UPSERT, learners.subList(from, Math.min(learners.size(), from + BATCH))
				.stream()
				.map(learner -> values(tenant, learner))
				.toList());
		}
	}

	private static Object[] values(String tenant, Entry learner) {
		return new Object[] { tenant, learner.id(), learner.name(), learner.departmentId(), learner.positionId(),
				Date.valueOf(learner.hireDate()), date(learner.terminationDate()) };
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
