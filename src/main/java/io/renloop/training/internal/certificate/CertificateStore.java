package io.renloop.training.internal.certificate;

import io.renloop.platform.TenantContext;
import io.renloop.training.CertificateRecorded;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Employees' certificates; "latest" means the one of a type that lasts longest (no expiry counts as forever). Every
 * certificate stored is announced as {@link CertificateRecorded}, whoever stores it.
 */
@Component
class CertificateStore {

	private static final String COLUMNS = """
			id, employee_id, type_code, number, issuer, issued_on, expires_on, source, scan_file, verify_code""";

	private static final String ALIASED_COLUMNS = COLUMNS.strip().replaceAll("(^|, )", "$1c.");

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CertificateStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	UUID insert(Certificate c, String scanType, Instant now) {
		UUID id = c.id() == null ? UUID.randomUUID() : c.id();
		jdbc.update("""
				insert into training.certificate (id, tenant_id, employee_id, type_code, number, issuer, issued_on,
				    expires_on, source, scan_file, scan_type, verify_code, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), c.employeeId(),
				c.typeCode(), c.number(), c.issuer(), Date.valueOf(c.issuedOn()),
				c.expiresOn() == null ? null : Date.valueOf(c.expiresOn()), c.source(), c.scanFile(), scanType,
				c.verifyCode(), Timestamp.from(now));
		events.publishEvent(new CertificateRecorded(TenantContext.require(), c.employeeId(), id, c.typeCode(),
				c.expiresOn()));
		return id;
	}

	Optional<Certificate> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from training.certificate where tenant_id = ? and id = ?",
				CertificateStore::row, TenantContext.require(), id).stream().findFirst();
	}

	boolean exists(UUID employeeId, String typeCode, String number) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from training.certificate where tenant_id = ? and employee_id = ?
				and type_code = ? and number = ?)""", Boolean.class, TenantContext.require(), employeeId, typeCode,
				number));
	}

	List<Certificate> ofEmployee(UUID employeeId) {
		return jdbc.query("select " + COLUMNS + " " + """
				 from training.certificate where tenant_id = ? and employee_id = ?
				order by type_code, expires_on desc nulls first""", CertificateStore::row, TenantContext.require(),
				employeeId);
	}

	List<Certificate> expiredBefore(LocalDate day) {
		return jdbc.query("select " + COLUMNS + " from training.certificate where tenant_id = ? and expires_on < ?",
				CertificateStore::row, TenantContext.require(), Date.valueOf(day));
	}

	/** The latest certificate of each type of each of the employees, in one query. */
	List<Certificate> latestOf(Collection<UUID> employeeIds) {
		return jdbc.query("select distinct on (c.employee_id, c.type_code) " + ALIASED_COLUMNS
				+ " " + """
				 from training.certificate c join unnest(?::uuid[]) as e(id) on c.employee_id = e.id
				 where c.tenant_id = ? order by c.employee_id, c.type_code, c.expires_on desc nulls first""",
				CertificateStore::row, employeeIds.toArray(UUID[]::new), TenantContext.require());
	}

	/** Across tenants, for the public verification page: the tenant and the certificate of the code. */
	Optional<Verifiable> byVerifyCode(String code) {
		return jdbc.query("select tenant_id, " + COLUMNS + " from training.certificate where verify_code = ?",
				(rs, n) -> new Verifiable(rs.getString("tenant_id"), row(rs, n)), code).stream().findFirst();
	}

	record Verifiable(String tenantId, Certificate certificate) {
	}

	static Certificate row(ResultSet rs, int n) throws SQLException {
		Date expires = rs.getDate("expires_on");
		return new Certificate(rs.getObject("id", UUID.class), rs.getObject("employee_id", UUID.class),
				rs.getString("type_code"), rs.getString("number"), rs.getString("issuer"),
				rs.getDate("issued_on").toLocalDate(), expires == null ? null : expires.toLocalDate(),
				rs.getString("source"), rs.getString("scan_file"), rs.getString("verify_code"));
	}

}
