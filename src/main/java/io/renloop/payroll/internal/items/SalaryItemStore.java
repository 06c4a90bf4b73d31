package io.renloop.payroll.internal.items;

import io.renloop.payroll.internal.items.SalaryItems.Item;
import io.renloop.payroll.internal.items.SalaryItems.Kind;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The saved versions of salary items, by plain JDBC with the tenant explicit (runs read them for a tenant). */
@Repository
class SalaryItemStore {

	private final JdbcTemplate jdbc;

	SalaryItemStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every saved version of the tenant: a few dozen items with their history. */
	List<Item> all(String tenantId) {
		return jdbc.query("select code, version, name_zh, name_en, kind, taxable, formula, seq, effective_from, "
				+ "created_by, created_at from payroll.salary_item where tenant_id = ? order by code, version",
				(rs, n) -> new Item(rs.getString("code"), rs.getInt("version"), rs.getString("name_zh"),
						rs.getString("name_en"), Kind.valueOf(rs.getString("kind")), rs.getBoolean("taxable"),
						rs.getString("formula"), rs.getInt("seq"), rs.getDate("effective_from").toLocalDate(), false,
						rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()),
				tenantId);
	}

	/** Saves of one tenant wait for each other: each checks cycles against the items the previous one left. */
	void lock(String tenantId) {
		jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> null, "payroll.salary_item:" + tenantId);
	}

	void insert(String tenantId, Item item) {
		jdbc.update("insert into payroll.salary_item (id, tenant_id, code, version, name_zh, name_en, kind, taxable, "
				+ "formula, seq, effective_from, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), tenantId, item.code(), item.version(), item.nameZh(), item.nameEn(),
				item.kind().name(), item.taxable(), item.formula(), item.seq(), Date.valueOf(item.effectiveFrom()),
				item.createdBy(), Timestamp.from(item.createdAt()));
	}
}
