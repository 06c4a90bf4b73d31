package io.renloop.payroll.internal.region;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenants' own region versions ({@code payroll.region_version}), the tenant always explicit. */
@Repository
class RegionVersionTable {

	private static final TypeReference<List<RegionItem>> ITEMS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	RegionVersionTable(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every version of the tenant, of every code. */
	List<Region> all(String tenantId) {
		return jdbc.query("""
				select code, name, effective_from, items::text, minimum_wage, average_monthly_wage
				  from payroll.region_version where tenant_id = ?
				order by code, effective_from""", this::region, tenantId);
	}

	/** Every version of the tenant's region. */
	List<Region> of(String tenantId, String code) {
		return jdbc.query("""
				select code, name, effective_from, items::text, minimum_wage, average_monthly_wage
				  from payroll.region_version where tenant_id = ? and code = ? order by effective_from""", this::region, tenantId, code);
	}

	Optional<Region> find(String tenantId, String code, LocalDate effectiveFrom) {
		return of(tenantId, code).stream().filter(v -> v.effectiveFrom().equals(effectiveFrom)).findFirst();
	}

	/** Adds the version, or replaces the tenant's version of the code that starts the same day. */
	void save(String tenantId, Region version, String createdBy, Instant at) {
		jdbc.update("""
				insert into payroll.region_version (id, tenant_id, code, effective_from, name, items, created_by, created_at,
				       minimum_wage, average_monthly_wage)
				values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
				on conflict (tenant_id, code, effective_from)
				do update set name = excluded.name, items = excluded.items, created_by = excluded.created_by,
				              created_at = excluded.created_at, minimum_wage = excluded.minimum_wage,
				              average_monthly_wage = excluded.average_monthly_wage""", UUID.randomUUID(), tenantId,
				version.code(), Date.valueOf(version.effectiveFrom()), version.name(),
				json.writeValueAsString(version.items()), createdBy, Timestamp.from(at), version.minimumWage(),
				version.averageMonthlyWage());
	}

	private Region region(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
				json.readValue(rs.getString(4), ITEMS), rs.getBigDecimal(5), rs.getBigDecimal(6));
	}
}
