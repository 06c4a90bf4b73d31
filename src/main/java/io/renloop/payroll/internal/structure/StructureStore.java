package io.renloop.payroll.internal.structure;

import io.renloop.payroll.BonusTaxMethod;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The pay structures table: versions are inserted, never updated. */
@Component
public class StructureStore {

	private static final TypeReference<TreeMap<String, BigDecimal>> AMOUNTS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	StructureStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void insert(String tenantId, StructureRow row) {
		jdbc.update("""
				insert into payroll.salary_structure (id, tenant_id, employee_id, effective_from, pay_group_id, base,
				       allowances, fixed_deductions, region_code, housing_fund_rate, social_insurance_base, bank_name,
				       bank_account_enc, bonus_tax_method, source, reason, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(),
				tenantId, row.employeeId(), Date.valueOf(row.effectiveFrom()), row.payGroupId(), row.base(),
				json.writeValueAsString(row.allowances()), json.writeValueAsString(row.fixedDeductions()),
				row.regionCode(), row.housingFundRate(), row.socialInsuranceBase(), row.bankName(),
				row.bankAccountSealed(), row.bonusTaxMethod().name(), row.source(), row.reason(), row.createdBy(),
				Timestamp.from(row.createdAt()));
	}

	/** Newest first. */
	public List<StructureRow> history(String tenantId, UUID employeeId) {
		return jdbc.query("""
				select * from payroll.salary_structure where tenant_id = ? and employee_id = ?
				 order by effective_from desc""", this::row, tenantId, employeeId);
	}

	/** Each employee's version in force on the day, for everyone who has one. */
	public Map<UUID, StructureRow> inForce(String tenantId, LocalDate day) {
		Map<UUID, StructureRow> rows = new HashMap<>();
		jdbc.query("""
				select distinct on (employee_id) * from payroll.salary_structure
				 where tenant_id = ? and effective_from <= ? order by employee_id, effective_from desc""",
				rs -> {
					StructureRow row = row(rs, 0);
					rows.put(row.employeeId(), row);
				}, tenantId, Date.valueOf(day));
		return rows;
	}

	/** The employees whose structure in force on the day puts them in the pay group. */
	public java.util.Set<UUID> membersOn(String tenantId, LocalDate day, UUID payGroupId) {
		return new java.util.HashSet<>(jdbc.queryForList("""
				select employee_id from (select distinct on (employee_id) employee_id, pay_group_id
				                           from payroll.salary_structure where tenant_id = ? and effective_from <= ?
				                          order by employee_id, effective_from desc) latest
				 where pay_group_id = ?""", UUID.class, tenantId, Date.valueOf(day), payGroupId));
	}

	/** The pay group each of the employees belongs to on the day, for those who have a structure then. */
	public Map<UUID, UUID> groupsOn(String tenantId, LocalDate day, java.util.Collection<UUID> employees) {
		Map<UUID, UUID> groups = new HashMap<>();
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select distinct on (employee_id) employee_id, pay_group_id from payroll.salary_structure
					 where tenant_id = ? and effective_from <= ? and employee_id = any (?)
					 order by employee_id, effective_from desc""");
			statement.setString(1, tenantId);
			statement.setDate(2, Date.valueOf(day));
			statement.setArray(3, con.createArrayOf("uuid", employees.toArray()));
			return statement;
		}, rs -> {
			groups.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
		});
		return groups;
	}

	private StructureRow row(ResultSet rs, int n) throws SQLException {
		BigDecimal siBase = rs.getBigDecimal("social_insurance_base");
		return new StructureRow(rs.getObject("employee_id", UUID.class), rs.getDate("effective_from").toLocalDate(),
				rs.getObject("pay_group_id", UUID.class), rs.getBigDecimal("base"), amounts(rs.getString("allowances")),
				amounts(rs.getString("fixed_deductions")), rs.getString("region_code"),
				rs.getBigDecimal("housing_fund_rate"), siBase, rs.getString("bank_name"),
				rs.getBytes("bank_account_enc"), BonusTaxMethod.valueOf(rs.getString("bonus_tax_method")),
				rs.getString("source"), rs.getString("reason"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private Map<String, BigDecimal> amounts(String text) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		json.readValue(text, AMOUNTS).forEach((code, amount) -> amounts.put(code, amount.setScale(2)));
		return amounts;
	}
}
