package io.renloop.leave.internal;

import io.renloop.leave.Half;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The half days pending and approved requests hold ({@code leave.leave_day}). Its primary key on (tenant, employee,
 * day, half) is what lets only one of two racing requests for the same days through; the tenant is explicit in every
 * statement.
 */
@Component
class HeldDays {

	/** One held half day with its request's facts. */
	record Held(UUID employeeId, LocalDate day, Half half, BigDecimal fraction, UUID requestId,
			String type, boolean paid, String status) {
	}

	private final JdbcTemplate jdbc;

	HeldDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when another request holds one of the half days */
	void hold(UUID requestId, UUID employeeId, List<LeaveSpan.Slot> slots) {
		String tenant = TenantContext.require();
		jdbc.batchUpdate("insert into leave.leave_day (tenant_id, employee_id, day, half, request_id, fraction)"
				+ " values (?, ?, ?, ?, ?, ?)", slots, slots.size(), (ps, slot) -> {
					ps.setString(1, tenant);
					ps.setObject(2, employeeId);
					ps.setDate(3, Date.valueOf(slot.date()));
					ps.setString(4, slot.half().name());
					ps.setObject(5, requestId);
					ps.setBigDecimal(6, slot.fraction());
				});
	}

	/** Releases every half day of the request; returns the dates released. */
	List<LocalDate> releaseAll(UUID requestId) {
		List<LocalDate> days = daysOf(requestId);
		jdbc.update("delete from leave.leave_day where tenant_id = ? and request_id = ?", TenantContext.require(),
				requestId);
		return days;
	}

	/** Releases the half days of the request after the date (an early return). */
	void releaseAfter(UUID requestId, LocalDate after) {
		jdbc.update("delete from leave.leave_day where tenant_id = ? and request_id = ? and day > ?",
				TenantContext.require(), requestId, Date.valueOf(after));
	}

	List<LocalDate> daysOf(UUID requestId) {
		return jdbc.queryForList("select distinct day from leave.leave_day where tenant_id = ? and request_id = ?"
				+ " order by day", LocalDate.class, TenantContext.require(), requestId);
	}

	/** The held half days between the dates of the given employees (all of the tenant's when null). */
	List<Held> between(Collection<UUID> employeeIds, LocalDate from, LocalDate to, boolean approvedOnly) {
		StringBuilder sql = new StringBuilder("""
				select d.employee_id, d.day, d.half, d.fraction, d.request_id, r.type_code, r.paid, r.status
				from leave.leave_day d join leave.leave_request r on r.id = d.request_id and r.tenant_id = d.tenant_id
				where d.tenant_id = ? and d.day between ? and ?""");
		List<Object> args = new ArrayList<>(List.of(TenantContext.require(), Date.valueOf(from),
				Date.valueOf(to)));
		if (approvedOnly) {
			sql.append(" and r.status = 'APPROVED'");
		}
		if (employeeIds != null) {
			if (employeeIds.isEmpty()) {
				return List.of();
			}
			sql.append(" and d.employee_id in (").append(String.join(",", Collections.nCopies(employeeIds.size(), "?")))
				.append(')');
			args.addAll(employeeIds);
		}
		sql.append(" order by d.day, d.employee_id, d.half");
		return jdbc.query(sql.toString(), (rs, i) -> new Held(rs.getObject(1, UUID.class),
				rs.getDate(2).toLocalDate(), Half.valueOf(rs.getString(3)), rs.getBigDecimal(4),
				rs.getObject(5, UUID.class), rs.getString(6), rs.getBoolean(7), rs.getString(8)), args.toArray());
	}
}
