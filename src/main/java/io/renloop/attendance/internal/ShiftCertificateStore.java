package io.renloop.attendance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The certificates shifts require and what attendance knows of employees' certificates, by plain JDBC with the tenant
 * explicit.
 */
@Repository
class ShiftCertificateStore {

	private final JdbcTemplate jdbc;

	ShiftCertificateStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<String> required(String tenantId, String shiftCode) {
		return jdbc.queryForList("""
				select certificate_type from attendance.shift_certificate where tenant_id = ? and shift_code = ?
				order by certificate_type""", String.class, tenantId, shiftCode);
	}

	/** Every shift's required types, for shifts that require any. */
	Map<String, List<String>> requiredByShift(String tenantId) {
		Map<String, List<String>> required = new HashMap<>();
		jdbc.query("""
				select shift_code, certificate_type from attendance.shift_certificate where tenant_id = ?
				order by shift_code, certificate_type""", rs -> {
			required.computeIfAbsent(rs.getString(1), code -> new java.util.ArrayList<>()).add(rs.getString(2));
		}, tenantId);
		return required;
	}

	void replace(String tenantId, String shiftCode, Collection<String> types) {
		jdbc.update("delete from attendance.shift_certificate where tenant_id = ? and shift_code = ?", tenantId,
				shiftCode);
		for (String type : types) {
			jdbc.update("""
					insert into attendance.shift_certificate (tenant_id, shift_code, certificate_type) values (?, ?, ?)
					on conflict do nothing""", tenantId, shiftCode, type);
		}
	}

	/**
	 * Records that the employee holds a certificate of the type valid until the date (null: forever). The longest
	 * validity wins whatever the order of arrival, so a repeated or late announcement changes nothing.
	 */
	void holds(String tenantId, UUID employeeId, String type, LocalDate expiresOn, Instant now) {
		jdbc.update("""
				insert into attendance.certificate_validity (tenant_id, employee_id, certificate_type, expires_on, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id, certificate_type) do update set
				  expires_on = case when attendance.certificate_validity.expires_on is null or excluded.expires_on is null
				                    then null
				                    else greatest(attendance.certificate_validity.expires_on, excluded.expires_on) end,
				  updated_at = excluded.updated_at""", tenantId, employeeId, type,
				expiresOn == null ? null : Date.valueOf(expiresOn), Timestamp.from(now));
	}

	/** Per employee, the types they are known to hold and until when (an empty Optional: forever). */
	Map<UUID, Map<String, Optional<LocalDate>>> validities(String tenantId, Collection<UUID> employeeIds,
			Collection<String> types) {
		Map<UUID, Map<String, Optional<LocalDate>>> held = new HashMap<>();
		if (employeeIds.isEmpty() || types.isEmpty()) {
			return held;
		}
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select employee_id, certificate_type, expires_on from attendance.certificate_validity
					where tenant_id = ? and employee_id = any(?) and certificate_type = any(?)""");
			statement.setString(1, tenantId);
			statement.setArray(2, con.createArrayOf("uuid", employeeIds.stream().distinct().toArray()));
			statement.setArray(3, con.createArrayOf("varchar", types.stream().distinct().toArray()));
			return statement;
		}, rs -> {
			Date expires = rs.getDate(3);
			held.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
				.put(rs.getString(2), Optional.ofNullable(expires == null ? null : expires.toLocalDate()));
		});
		return held;
	}
}
