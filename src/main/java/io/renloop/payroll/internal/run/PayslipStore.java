package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollSummary;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calculated results of runs. A chunk of employees is written by deleting their rows and {@code COPY}ing the new
 * ones in the caller's transaction: a run of 100,000 employees writes its payslips at the speed of a bulk load, and
 * a chunk calculated again replaces its rows, so every employee has exactly one result per run.
 */
@Component
public class PayslipStore {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private static final tools.jackson.core.type.TypeReference<List<PayLine>> LINES = new tools.jackson.core.type.TypeReference<>() {
	};

	private final JsonMapper json;

	PayslipStore(JdbcTemplate jdbc, DataSource dataSource, JsonMapper json) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	void deleteRun(String tenantId, UUID runId) {
		jdbc.update("delete from payroll.payslip where tenant_id = ? and run_id = ?", tenantId, runId);
	}

	/**
	 * A chunk of results as rows for {@code COPY}, built where the chunk was calculated (on every core) so that the
	 * writer only sends them. The lines' JSON goes between {@link #QUOTE} characters, which JSON text never holds
	 * unescaped, so it needs no escaping.
	 */
	record Rows(UUID[] employeeIds, String csv) {
	}

	/** The quote of the {@code COPY}: a control character, always escaped inside JSON text. */
	private static final char QUOTE = '\u0001';

	/** The {@code COPY} row of one employee's result, ending with a new line. */
	String row(String tenantId, UUID runId, String period, PayResult r) {
		TaxYearToDate ytd = r.yearToDate();
		return new StringBuilder(1500).append(runId).append(',').append(r.employeeId()).append(',').append(tenantId)
			.append(',').append(period).append(',').append(r.departmentId() == null ? "" : r.departmentId()).append(',')
			.append(r.gross()).append(',').append(r.net()).append(',').append(r.tax()).append(',')
			.append(r.socialInsurance()).append(',').append(r.employerCost()).append(',')
			.append(ytd.months()).append(',').append(ytd.income()).append(',').append(ytd.basicDeduction())
			.append(',').append(ytd.socialInsurance()).append(',').append(ytd.specialAdditional()).append(',')
			.append(ytd.other()).append(',').append(ytd.tax()).append(',').append(QUOTE)
			.append(PayLinesJson.write(r.lines())).append(QUOTE).append('\n')
			.toString();
	}

	/** Replaces the results of the chunk's employees; must run inside a transaction. */
	void replace(String tenantId, UUID runId, Rows rows) {
		jdbc.update(con -> {
			var statement = con.prepareStatement(
					"delete from payroll.payslip where tenant_id = ? and run_id = ? and employee_id = any (?)");
			statement.setString(1, tenantId);
			statement.setObject(2, runId);
			statement.setArray(3, con.createArrayOf("uuid", rows.employeeIds()));
			return statement;
		});
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy payroll.payslip (run_id, employee_id, tenant_id, period, department_id, gross, net, tax,
					     social_insurance, employer_cost, ytd_months, ytd_income, ytd_basic_deduction,
					     ytd_social_insurance, ytd_special_additional, ytd_other, ytd_tax, lines)
					from stdin with (format csv, quote e'\\x01')""", new StringReader(rows.csv()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Writing payslips of run " + runId + " failed", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Each employee's tax year to date after their latest published month of the year before {@code period}. */
	Map<UUID, TaxYearToDate> yearToDate(String tenantId, String period) {
		Map<UUID, TaxYearToDate> before = new HashMap<>();
		jdbc.query("""
				select distinct on (p.employee_id) p.employee_id, p.ytd_months, p.ytd_income, p.ytd_basic_deduction,
				       p.ytd_social_insurance, p.ytd_special_additional, p.ytd_other, p.ytd_tax
				  from payroll.payslip p join payroll.payroll_run r on r.id = p.run_id
				 where p.tenant_id = ? and r.status = 'PUBLISHED' and r.kind = 'REGULAR' and p.period >= ?
				   and p.period < ?
				 order by p.employee_id, p.period desc, r.published_at desc""", rs -> {
			before.put(rs.getObject(1, UUID.class), new TaxYearToDate(rs.getInt(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					rs.getBigDecimal(8)));
		}, tenantId, period.substring(0, 4) + "-01", period);
		return before;
	}

	/**
	 * Each employee's month as published by a run and the corrections of it published since, for a new correction
	 * to compare with.
	 */
	Map<UUID, CorrectionDifferences.Published> publishedVersions(String tenantId, UUID correctedRunId) {
		Map<UUID, CorrectionDifferences.Published> versions = new HashMap<>();
		jdbc.query("""
				select p.* from payroll.payslip p
				 where p.tenant_id = ? and (p.run_id = ? or p.run_id in (select id from payroll.payroll_run
				        where tenant_id = ? and corrects_run_id = ? and status = 'PUBLISHED'))""",
				rs -> {
					PayResult result = result(rs);
					versions.computeIfAbsent(result.employeeId(), id -> new CorrectionDifferences.Published())
						.add(result);
				}, tenantId, correctedRunId, tenantId, correctedRunId);
		return versions;
	}

	/** The differences of published corrections that the regular run of {@code period} pays, by employee. */
	Map<UUID, List<CarriedDifference>> carried(String tenantId, String period) {
		Map<UUID, List<CarriedDifference>> carried = new HashMap<>();
		jdbc.query("""
				select p.* from payroll.payslip p join payroll.payroll_run r on r.id = p.run_id
				 where r.tenant_id = ? and r.kind = 'CORRECTION' and r.status = 'PUBLISHED' and r.target_period = ?
				 order by r.period, r.published_at""", rs -> {
			PayResult result = result(rs);
			carried.computeIfAbsent(result.employeeId(), id -> new java.util.ArrayList<>())
				.add(new CarriedDifference(rs.getString("period"), result.lines(), result.yearToDate(),
						result.gross(), result.employerCost()));
		}, tenantId, period);
		return carried;
	}

	private PayResult result(java.sql.ResultSet rs) throws SQLException {
		return new PayResult(rs.getObject("employee_id", UUID.class), rs.getObject("department_id", UUID.class),
				rs.getBigDecimal("gross"), rs.getBigDecimal("net"), rs.getBigDecimal("tax"),
				rs.getBigDecimal("social_insurance"), rs.getBigDecimal("employer_cost"),
				new TaxYearToDate(rs.getInt("ytd_months"), rs.getBigDecimal("ytd_income"),
						rs.getBigDecimal("ytd_basic_deduction"), rs.getBigDecimal("ytd_social_insurance"),
						rs.getBigDecimal("ytd_special_additional"), rs.getBigDecimal("ytd_other"),
						rs.getBigDecimal("ytd_tax")),
				json.readValue(rs.getString("lines"), LINES));
	}

	RunStore.RunTotals totals(String tenantId, UUID runId) {
		return jdbc.queryForObject("""
				select count(*), coalesce(sum(gross), 0), coalesce(sum(net), 0), coalesce(sum(tax), 0),
				       coalesce(sum(employer_cost), 0)
				  from payroll.payslip where tenant_id = ? and run_id = ?""",
				(rs, n) -> new RunStore.RunTotals(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5)),
				tenantId, runId);
	}

	/** The run's cost by department, for the published summary. */
	List<DepartmentTotals> byDepartment(String tenantId, UUID runId) {
		return jdbc.query("""
				select department_id, count(*), sum(gross), sum(employer_cost) from payroll.payslip
				 where tenant_id = ? and run_id = ? group by department_id order by department_id""",
				(rs, n) -> new DepartmentTotals(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4)),
				tenantId, runId);
	}

	/** Each department's sums per line code and kind, in code order. */
	Map<UUID, List<PayrollSummary.Item>> itemsByDepartment(String tenantId, UUID runId) {
		Map<UUID, List<PayrollSummary.Item>> items = new HashMap<>();
		jdbc.query("""
				select p.department_id, l ->> 'code', l ->> 'kind', sum((l ->> 'amount')::numeric)
				  from payroll.payslip p cross join lateral jsonb_array_elements(p.lines) l
				 where p.tenant_id = ? and p.run_id = ?
				 group by 1, 2, 3 order by 2, 3""", rs -> {
			items.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
				.add(new PayrollSummary.Item(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
		}, tenantId, runId);
		return items;
	}

	/** A department's share of a run. */
	record DepartmentTotals(UUID departmentId, int headcount, BigDecimal gross, BigDecimal employerCost) {
	}

	/** A stored result with its lines as JSON. */
	public record StoredPayslip(UUID runId, UUID employeeId, String period, BigDecimal gross, BigDecimal net,
			BigDecimal tax, BigDecimal ytdTax, String lines) {
	}

	/** The run's results of the given employees (all when null). */
	public List<StoredPayslip> ofRun(String tenantId, UUID runId, Collection<UUID> employees, int limit) {
		String filter = employees == null ? "" : " and employee_id = any (?)";
		return jdbc.query(con -> {
			var statement = con.prepareStatement("select * from payroll.payslip where tenant_id = ? and run_id = ?"
					+ filter + " order by employee_id limit " + Math.max(1, limit));
			statement.setString(1, tenantId);
			statement.setObject(2, runId);
			if (employees != null) {
				statement.setArray(3, con.createArrayOf("uuid", employees.toArray()));
			}
			return statement;
		}, (rs, n) -> stored(rs));
	}

	/** The employee's published payslips, newest first (one per period: the latest published run's). */
	public List<StoredPayslip> published(String tenantId, UUID employeeId) {
		return jdbc.query("""
				select distinct on (p.period) p.* from payroll.payslip p join payroll.payroll_run r on r.id = p.run_id
				 where p.tenant_id = ? and p.employee_id = ? and r.status = 'PUBLISHED' and r.kind = 'REGULAR'
				 order by p.period desc, r.published_at desc""", (rs, n) -> stored(rs), tenantId, employeeId);
	}

	/** The last published result before the period of each employee, for review. */
	Map<UUID, StoredPayslip> lastPublished(String tenantId, String period, Collection<UUID> employees) {
		Map<UUID, StoredPayslip> last = new HashMap<>();
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select distinct on (p.employee_id) p.* from payroll.payslip p
					  join payroll.payroll_run r on r.id = p.run_id
					 where p.tenant_id = ? and r.status = 'PUBLISHED' and r.kind = 'REGULAR' and p.period < ?
					   and p.employee_id = any (?)
					 order by p.employee_id, p.period desc, r.published_at desc""");
			statement.setString(1, tenantId);
			statement.setString(2, period);
			statement.setArray(3, con.createArrayOf("uuid", employees.toArray()));
			return statement;
		}, rs -> {
			StoredPayslip payslip = stored(rs);
			last.put(payslip.employeeId(), payslip);
		});
		return last;
	}

	private static StoredPayslip stored(java.sql.ResultSet rs) throws SQLException {
		return new StoredPayslip(rs.getObject("run_id", UUID.class), rs.getObject("employee_id", UUID.class),
				rs.getString("period"), rs.getBigDecimal("gross"), rs.getBigDecimal("net"), rs.getBigDecimal("tax"),
				rs.getBigDecimal("ytd_tax"), rs.getString("lines"));
	}
}
