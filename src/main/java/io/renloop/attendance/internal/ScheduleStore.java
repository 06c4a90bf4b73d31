package io.renloop.attendance.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Shifts, rotations, their assignments and the days planned by hand, by plain JDBC with the tenant explicit. */
@Repository
class ScheduleStore {

	/** Above this many employees, reading the period's planned days of the whole tenant beats an id array. */
	private static final int ID_ARRAY_LIMIT = 5_000;

	private static final RowMapper<Shift> SHIFT = (rs, n) -> new Shift(rs.getString("code"), rs.getString("name_zh"),
			rs.getString("name_en"), rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(),
			rs.getInt("break_minutes"), rs.getInt("grace_minutes"), rs.getInt("flexible_minutes"),
			rs.getInt("minimum_minutes"));

	private static final RowMapper<Rotation> ROTATION = (rs, n) -> new Rotation(rs.getObject("id", UUID.class),
			rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
			Rotation.parseCycle(rs.getString("cycle")), rs.getDate("start_date").toLocalDate());

	private static final RowMapper<RotationAssignment> ASSIGNMENT = ScheduleStore::assignment;

	private final JdbcTemplate jdbc;

	ScheduleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Shift> shifts(String tenantId) {
		Map<String, Shift> shifts = new LinkedHashMap<>();
		jdbc.query("select * from attendance.shift where tenant_id = ? order by start_time, code", SHIFT, tenantId)
			.forEach(shift -> shifts.put(shift.code(), shift));
		return shifts;
	}

	/** Creates the shift unless its code exists; true when created. */
	boolean createShift(String tenantId, Shift shift) {
		return jdbc.update("insert into attendance.shift (name_zh, name_en, start_time, end_time, break_minutes, "
				+ "grace_minutes, flexible_minutes, minimum_minutes, tenant_id, code, id) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
				shiftValues(tenantId, shift, UUID.randomUUID())) == 1;
	}

	void updateShift(String tenantId, Shift shift) {
		jdbc.update("update attendance.shift set name_zh = ?, name_en = ?, start_time = ?, end_time = ?, "
				+ "break_minutes = ?, grace_minutes = ?, flexible_minutes = ?, minimum_minutes = ? "
				+ "where tenant_id = ? and code = ?", shiftValues(tenantId, shift));
	}

	/** The shift's columns in the order both statements name them, then the key. */
	private static Object[] shiftValues(String tenantId, Shift shift, Object... more) {
		Object[] values = { shift.nameZh(), shift.nameEn(), Time.valueOf(shift.start()), Time.valueOf(shift.end()),
				shift.breakMinutes(), shift.graceMinutes(), shift.flexibleMinutes(), shift.minimumMinutes(), tenantId,
				shift.code() };
		Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	Map<UUID, Rotation> rotations(String tenantId) {
		Map<UUID, Rotation> rotations = new LinkedHashMap<>();
		jdbc.query("select * from attendance.rotation where tenant_id = ? order by code", ROTATION, tenantId)
			.forEach(rotation -> rotations.put(rotation.id(), rotation));
		return rotations;
	}

	/** Creates the rotation unless its code exists; true when created. */
	boolean createRotation(String tenantId, Rotation rotation) {
		return jdbc.update("insert into attendance.rotation (id, tenant_id, code, name_zh, name_en, cycle, start_date) "
				+ "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", rotation.id(), tenantId, rotation.code(),
				rotation.nameZh(), rotation.nameEn(), rotation.cycleText(), Date.valueOf(rotation.startDate())) == 1;
	}

	/** The assignments in force on some day of the period. */
	List<RotationAssignment> assignments(String tenantId, LocalDate from, LocalDate to) {
		return jdbc.query("select * from attendance.rotation_assignment where tenant_id = ? and effective_from <= ? "
				+ "and (effective_to is null or effective_to >= ?)", ASSIGNMENT, tenantId, Date.valueOf(to),
				Date.valueOf(from));
	}

	List<RotationAssignment> allAssignments(String tenantId) {
		return jdbc.query("select * from attendance.rotation_assignment where tenant_id = ? order by effective_from desc",
				ASSIGNMENT, tenantId);
	}

	void assign(String tenantId, RotationAssignment a) {
		jdbc.update("insert into attendance.rotation_assignment (id, tenant_id, rotation_id, department_id, employee_id, "
				+ "effective_from, effective_to, offset_days) values (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), tenantId,
				a.rotationId(), a.departmentId(), a.employeeId(), Date.valueOf(a.effectiveFrom()),
				a.effectiveTo() == null ? null : Date.valueOf(a.effectiveTo()), a.offsetDays());
	}

	/** Ends the open assignments of the target the day before a new one starts (assignments are effective-dated). */
	void endOpenAssignments(String tenantId, UUID departmentId, UUID employeeId, LocalDate newStart) {
		jdbc.update("update attendance.rotation_assignment set effective_to = ? where tenant_id = ? "
				+ "and department_id is not distinct from ? and employee_id is not distinct from ? "
				+ "and effective_from < ? and (effective_to is null or effective_to >= ?)",
				Date.valueOf(newStart.minusDays(1)), tenantId, departmentId, employeeId, Date.valueOf(newStart),
				Date.valueOf(newStart));
		jdbc.update("delete from attendance.rotation_assignment where tenant_id = ? "
				+ "and department_id is not distinct from ? and employee_id is not distinct from ? and effective_from >= ?",
				tenantId, departmentId, employeeId, Date.valueOf(newStart));
	}

	/** Days planned by hand; the map of an employee holds a null shift code for a planned day off. */
	Map<UUID, Map<LocalDate, String>> entries(String tenantId, Collection<UUID> employeeIds, LocalDate from,
			LocalDate to) {
		Map<UUID, Map<LocalDate, String>> entries = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return entries;
		}
		Set<UUID> wanted = Set.copyOf(employeeIds);
		org.springframework.jdbc.core.RowCallbackHandler collect = rs -> {
			UUID employee = rs.getObject("employee_id", UUID.class);
			if (wanted.contains(employee)) {
				entries.computeIfAbsent(employee, e -> new HashMap<>())
					.put(rs.getDate("day").toLocalDate(), rs.getString("shift_code"));
			}
		};
		String select = "select employee_id, day, shift_code from attendance.schedule_entry where tenant_id = ? "
				+ "and day between ? and ?";
		if (wanted.size() > ID_ARRAY_LIMIT) {
			jdbc.query(select, collect, tenantId, Date.valueOf(from), Date.valueOf(to));
		}
		else {
			jdbc.query(con -> {
				var ps = con.prepareStatement(select + " and employee_id = any(?)");
				ps.setString(1, tenantId);
				ps.setDate(2, Date.valueOf(from));
				ps.setDate(3, Date.valueOf(to));
				Array ids = con.createArrayOf("uuid", wanted.toArray());
				ps.setArray(4, ids);
				return ps;
			}, collect);
		}
		return entries;
	}

	/** Plans one day by hand; a null shift code plans a day off. */
	void plan(String tenantId, UUID employeeId, LocalDate day, String shiftCode, String source) {
		jdbc.update("insert into attendance.schedule_entry (tenant_id, employee_id, day, shift_code, source) "
				+ "values (?, ?, ?, ?, ?) on conflict (tenant_id, employee_id, day) do update set "
				+ "shift_code = excluded.shift_code, source = excluded.source, updated_at = now()", tenantId, employeeId,
				Date.valueOf(day), shiftCode, source);
	}

	/**
	 * Records the employee's last day once; false when it was recorded before (a repeated delivery) or a rehire came
	 * after it (the old termination delivered late). An end a rehire resumed before the day becomes the new one.
	 */
	boolean endEmployment(String tenantId, UUID employeeId, LocalDate lastDay) {
		return jdbc.update("insert into attendance.employment_end (tenant_id, employee_id, last_day) values (?, ?, ?) "
				+ "on conflict (tenant_id, employee_id) do update set last_day = excluded.last_day, ended_at = now(), "
				+ "rehired_on = null where employment_end.rehired_on is not null "
				+ "and employment_end.rehired_on <= excluded.last_day", tenantId, employeeId, Date.valueOf(lastDay)) == 1;
	}

	/**
	 * Marks the ended employment as resumed by a rehire on the day: shifts are planned again; false when there is no
	 * end before that day to resume (never ended, or resumed already by a repeated delivery).
	 */
	boolean resumeEmployment(String tenantId, UUID employeeId, LocalDate rehiredOn) {
		return jdbc.update("update attendance.employment_end set rehired_on = ? where tenant_id = ? and employee_id = ? "
				+ "and rehired_on is null and last_day < ?", Date.valueOf(rehiredOn), tenantId, employeeId,
				Date.valueOf(rehiredOn)) == 1;
	}

	/** The last day of each of the employees whose employment has ended (and was not resumed by a rehire). */
	Map<UUID, LocalDate> lastDays(String tenantId, Collection<UUID> employeeIds) {
		Map<UUID, LocalDate> lastDays = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return lastDays;
		}
		jdbc.query(con -> {
			var ps = con.prepareStatement("select employee_id, last_day from attendance.employment_end "
					+ "where tenant_id = ? and employee_id = any(?) and rehired_on is null");
			ps.setString(1, tenantId);
			ps.setArray(2, con.createArrayOf("uuid", employeeIds.toArray()));
			return ps;
		}, (org.springframework.jdbc.core.RowCallbackHandler) rs -> lastDays
			.put(rs.getObject("employee_id", UUID.class), rs.getDate("last_day").toLocalDate()));
		return lastDays;
	}

	/**
	 * Ends the employee's own rotation assignments at the last day (those starting after it go) and removes the
	 * days planned by hand after it; returns how many assignments and days changed.
	 */
	int clearAfter(String tenantId, UUID employeeId, LocalDate lastDay) {
		Date last = Date.valueOf(lastDay);
		return jdbc.update("delete from attendance.rotation_assignment where tenant_id = ? and employee_id = ? "
				+ "and effective_from > ?", tenantId, employeeId, last)
				+ jdbc.update("update attendance.rotation_assignment set effective_to = ? where tenant_id = ? "
						+ "and employee_id = ? and (effective_to is null or effective_to > ?)", last, tenantId,
						employeeId, last)
				+ jdbc.update("delete from attendance.schedule_entry where tenant_id = ? and employee_id = ? and day > ?",
						tenantId, employeeId, last);
	}

	private static RotationAssignment assignment(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate("effective_to");
		return new RotationAssignment(rs.getObject("id", UUID.class), rs.getObject("rotation_id", UUID.class),
				rs.getObject("department_id", UUID.class), rs.getObject("employee_id", UUID.class),
				rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
				rs.getInt("offset_days"));
	}
}
