package io.renloop.attendance.internal;

import io.renloop.attendance.ShiftSwaps.SwapView;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Shift swap requests, by plain JDBC with the tenant explicit. */
@Repository
class ShiftSwapStore {

	private final JdbcTemplate jdbc;

	ShiftSwapStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tenantId, SwapView swap, String reason, String requestedBy) {
		jdbc.update("insert into attendance.shift_swap (id, tenant_id, requester_id, partner_id, day, reason, status, "
				+ "requested_by) values (?, ?, ?, ?, ?, ?, ?, ?)", swap.id(), tenantId, swap.requesterId(),
				swap.partnerId(), Date.valueOf(swap.date()), reason, swap.status(), requestedBy);
	}

	/** The swap while it waits for its decision, locked against a second delivery of the same decision. */
	Optional<SwapView> pending(String tenantId, UUID id) {
		List<SwapView> found = jdbc.query("select " + COLUMNS + " from attendance.shift_swap "
				+ "where tenant_id = ? and id = ? and status = 'PENDING' for update", ShiftSwapStore::swap, tenantId, id);
		return found.stream().findFirst();
	}

	/**
	 * The newest swaps with the status (null: any) in which one of the employees takes part (null: everybody).
	 */
	List<SwapView> list(String tenantId, String status, UUID[] employees, int limit) {
		return jdbc.query(con -> {
			var statement = con.prepareStatement("select " + COLUMNS + " from attendance.shift_swap where tenant_id = ?"
					+ " and (?::varchar is null or status = ?) and (?::uuid[] is null or requester_id = any(?::uuid[])"
					+ " or partner_id = any(?::uuid[])) order by created_at desc limit ?");
			java.sql.Array ids = employees == null ? null : con.createArrayOf("uuid", employees);
			statement.setString(1, tenantId);
			statement.setString(2, status);
			statement.setString(3, status);
			statement.setArray(4, ids);
			statement.setArray(5, ids);
			statement.setArray(6, ids);
			statement.setInt(7, limit);
			return statement;
		}, ShiftSwapStore::swap);
	}

	private static final String COLUMNS = "id, requester_id, partner_id, day, status, reason";

	private static SwapView swap(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SwapView(rs.getObject("id", UUID.class), rs.getObject("requester_id", UUID.class),
				rs.getObject("partner_id", UUID.class), rs.getDate("day").toLocalDate(), rs.getString("status"),
				rs.getString("reason"));
	}

	void decide(String tenantId, UUID id, String status) {
		jdbc.update("update attendance.shift_swap set status = ?, decided_at = now() where tenant_id = ? and id = ?",
				status, tenantId, id);
	}

	/**
	 * Cancels the pending swaps of the employee (as requester or partner) for days after the last day; returns the
	 * cancelled swaps' ids.
	 */
	List<UUID> cancelPendingAfter(String tenantId, UUID employeeId, LocalDate lastDay) {
		return jdbc.queryForList("update attendance.shift_swap set status = 'CANCELLED', decided_at = now() "
				+ "where tenant_id = ? and status = 'PENDING' and day > ? and ? in (requester_id, partner_id) "
				+ "returning id", UUID.class, tenantId, Date.valueOf(lastDay), employeeId);
	}
}
