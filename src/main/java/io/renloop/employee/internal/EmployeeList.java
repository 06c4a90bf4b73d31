package io.renloop.employee.internal;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeSummary;
import io.renloop.organization.OrgUnitNames;
import io.renloop.platform.LongListTotals;
import io.renloop.platform.TenantContext;
import io.renloop.shared.CappedTotals;
import io.renloop.shared.Masking;
import io.renloop.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The employee list, read with plain SQL: only the columns a list shows (no entities with their JSON history and
 * sealed personal data), one statement for the page, one for the names of its departments and positions, and at
 * most one count, capped unless the caller needs it exact ({@link CappedTotals}) and skipped while the list is
 * known to be longer than the cap ({@link LongListTotals}). The conditions are those of the
 * JPA reads ({@link ScopedAccess}, {@link EmployeeFilters}). A page far into the list finds its ids first from the
 * list-order index and only then reads those rows (a deferred join), so each skipped row costs an index entry, not
 * a table row; {@link EmployeeQuery#after()} (keyset paging) avoids the skipping altogether.
 */
@Component
class EmployeeList {

	/** From this offset on, a page looks up its ids before reading its rows. */
	static final int DEFERRED_JOIN_FROM = 1_000;

	private static final String COLUMNS = "e.id, e.employee_no, e.name, e.email, e.phone, e.department_id, "
			+ "e.position_id, e.status, e.hire_date";

	private static final String ORDER = " order by e.employee_no, e.id";

	/** The orders a person can pick by a column head; each ends in the number so that pages never overlap. */
	private static final Map<String, String> ORDERS = Map.of("no", ORDER, "-no", " order by e.employee_no desc, e.id",
			"name", " order by e.name, e.employee_no, e.id", "-name", " order by e.name desc, e.employee_no, e.id",
			"hireDate", " order by e.hire_date, e.employee_no, e.id", "-hireDate",
			" order by e.hire_date desc, e.employee_no, e.id", "status", " order by e.status, e.employee_no, e.id",
			"-status", " order by e.status desc, e.employee_no, e.id");

	private final JdbcTemplate jdbc;

	private final ScopedAccess scope;

	private final EmployeeReferences references;

	private final OrgUnitNames orgUnitNames;

	private final LongListTotals totals;

	EmployeeList(JdbcTemplate jdbc, ScopedAccess scope, EmployeeReferences references, OrgUnitNames orgUnitNames,
			LongListTotals totals) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.references = references;
		this.orgUnitNames = orgUnitNames;
		this.totals = totals;
	}

	PageView<EmployeeSummary> page(EmployeeQuery query) {
		SqlWhere where = new SqlWhere().and("e.tenant_id = ?", TenantContext.require());
		scope.restrict(where);
		EmployeeFilters.restrict(where, query, references);
		PageView<Row> rows;
		String order = query.after() == null ? ORDERS.getOrDefault(String.valueOf(query.sort()), ORDER) : ORDER;
		if (query.after() != null) {
			List<Row> found = read(where.copy().and("e.employee_no > ?", query.after()), order, 0, query.size());
			rows = query.exactTotal() ? PageView.of(found, query.page(), query.size(), count(where, Long.MAX_VALUE))
					: CappedTotals.counted(found, query.page(), query.size(), limit -> count(where, limit));
		}
		else if (query.exactTotal()) {
			rows = PageView.of(read(where, order, (long) query.page() * query.size(), query.size()), query.page(),
					query.size(), count(where, Long.MAX_VALUE));
		}
		else {
			rows = CappedTotals.page(read(where, order, (long) query.page() * query.size(), query.size() + 1), query.page(),
					query.size(), limit -> count(where, limit));
		}
		Map<UUID, String> names = orgUnitNames.namesOf(
				rows.content().stream().flatMap(row -> Stream.of(row.departmentId(), row.positionId())).toList());
		return rows.map(row -> row.summary(names));
	}

	private List<Row> read(SqlWhere where, String order, long offset, int limit) {
		String sql = offset < DEFERRED_JOIN_FROM
				? "select " + COLUMNS + " from employee.employee e" + where.sql() + order + " limit ? offset ?"
				: "select " + COLUMNS + " from employee.employee e join (select e.id from employee.employee e"
						+ where.sql() + order + " limit ? offset ?) p on p.id = e.id" + order;
		return jdbc.query(con -> where.prepare(con, sql, limit, offset), (rs, i) -> row(rs));
	}

	private long count(SqlWhere where, long limit) {
		if (limit != Long.MAX_VALUE) {
			return totals.countUpTo("employee.employee" + where.key(), limit, upTo -> countRows(where, upTo));
		}
		return countRows(where, limit);
	}

	private long countRows(SqlWhere where, long limit) {
		boolean capped = limit != Long.MAX_VALUE;
		String sql = capped ? "select count(*) from (select 1 from employee.employee e" + where.sql() + " limit ?) c"
				: "select count(*) from employee.employee e" + where.sql();
		return jdbc.query(con -> capped ? where.prepare(con, sql, limit) : where.prepare(con, sql),
				(rs, i) -> rs.getLong(1)).get(0);
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class),
				EmployeeStatus.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class));
	}

	/** A row as read; the phone still plain, masked on the way out. */
	private record Row(UUID id, String employeeNo, String name, String email, String phone, UUID departmentId,
			UUID positionId, EmployeeStatus status, LocalDate hireDate) {

		EmployeeSummary summary(Map<UUID, String> names) {
			return new EmployeeSummary(id, employeeNo, name, email, Masking.phone(phone), departmentId,
					departmentId == null ? null : names.get(departmentId), positionId,
					positionId == null ? null : names.get(positionId), status, hireDate);
		}
	}
}
