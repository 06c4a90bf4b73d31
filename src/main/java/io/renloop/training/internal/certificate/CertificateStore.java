package io.renloop.training.internal.certificate;

import io.renloop.platform.TenantContext;
import io.renloop.training.CertificateRecorded;
import io.renloop.training.internal.ComplianceLineTable;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final ComplianceLineTable lines;

	CertificateStore(JdbcTemplate jdbc, ApplicationEventPublisher events, ComplianceLineTable lines) {
		this.jdbc = jdbc;
		this.events = events;
		this.lines = lines;
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
		keepIfLatest(id, c);
		lines.refresh(c.employeeId());
		return id;
	}

	/**
	 * Makes the certificate its holder's latest of its type when it lasts longer than the one recorded (renewed),
	 * or when there is none; no expiry counts as forever, and a tie keeps the one recorded.
	 */
	private void keepIfLatest(UUID id, Certificate c) {
		jdbc.update("""
				insert into training.latest_certificate as l (tenant_id, employee_id, type_code, certificate_id,
				    expires_on)
				values (?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id, type_code) do update
				   set certificate_id = excluded.certificate_id, expires_on = excluded.expires_on
				 where l.expires_on is not null and (excluded.expires_on is null or excluded.expires_on > l.expires_on)""",
				TenantContext.require(), c.employeeId(), c.typeCode(), id,
				c.expiresOn() == null ? null : Date.valueOf(c.expiresOn()));
	}

	/** Refills the current tenant's latest certificates from all its certificates; how many there are. */
	int rebuildLatest() {
		String tenant = TenantContext.require();
		jdbc.update("delete from training.latest_certificate where tenant_id = ?", tenant);
		return jdbc.update("""
				insert into training.latest_certificate (tenant_id, employee_id, type_code, certificate_id, expires_on)
				select distinct on (employee_id, type_code) tenant_id, employee_id, type_code, id, expires_on
				  from training.certificate where tenant_id = ?
				 order by employee_id, type_code, expires_on desc nulls first""", tenant);
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
