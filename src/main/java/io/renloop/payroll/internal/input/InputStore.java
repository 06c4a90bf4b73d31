package io.renloop.payroll.internal.input;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One-off inputs per employee and month. */
@Component
public class InputStore {

	private final JdbcTemplate jdbc;

	InputStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A row to insert. */
	record NewInput(UUID employeeId, String code, BigDecimal amount, String note) {
	}

	void insert(String tenantId, String period, List<NewInput> inputs, String source, String createdBy, Instant at) {
		jdbc.batchUpdate("""
				insert into payroll.pay_input (id, tenant_id, period, employee_id, code, amount, note, source, created_by,
				       created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				inputs.stream()
					.map(i -> new Object[] { UUID.randomUUID(), tenantId, period, i.employeeId(), i.code(),
							i.amount().setScale(2), i.note(), source, createdBy, Timestamp.from(at) })
					.toList());
	}

	/** The month's inputs summed per employee and code. */
	public Map<UUID, Map<String, BigDecimal>> month(String tenantId, String period) {
		Map<UUID, Map<String, BigDecimal>> inputs = new HashMap<>();
		jdbc.query("""
				select employee_id, code, sum(amount) from payroll.pay_input where tenant_id = ? and period = ?
				 group by employee_id, code""", rs -> {
			inputs.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
				.put(rs.getString(2), rs.getBigDecimal(3));
		}, tenantId, period);
		return inputs;
	}
}
