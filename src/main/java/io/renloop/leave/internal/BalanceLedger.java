package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The balances of one employee for one year. Annual leave: the statutory days (pro-rated for joiners and leavers),
 * accrued yearly or month by month as the tenant chose, plus the days carried over from last year (taken first, and
 * lost when the carry-over expires), plus HR's adjustments. Other types with a balance hold only adjustments. A
 * leaver's balances are computed as of the last day they are frozen at; a rehired employee's count from the new hire
 * date (the statutory days pro-rated from it, leave taken before it left out). Everything a year's balances of all
 * types are computed from is read in four queries, then summed in memory: the own-balances screen is the most
 * frequent request of self-service.
 */
@Component
class BalanceLedger {

	private final JdbcTemplate jdbc;

	private final BalanceGrants grants;

	private final LeavePolicy policy;

	private final BalanceFreezes freezes;

	BalanceLedger(JdbcTemplate jdbc, BalanceGrants grants, LeavePolicy policy, BalanceFreezes freezes) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.policy = policy;
		this.freezes = freezes;
	}

	LeaveBalanceView balance(Employment employee, String type, int year, LocalDate asOf) {
		return balances(employee, List.of(type), year, asOf).get(0);
	}

	/** The balances of the types, in their order. */
	List<LeaveBalanceView> balances(Employment employee, Collection<String> types, int year, LocalDate asOf) {
		LeaveYearFacts facts = new LeaveYearFacts(employee, policy.current(),
				freezes.frozenOn(employee.id()).orElse(null), requestedDays(employee.id(), year - 1, year),
				grants.sumsByTypeAndYear(employee.id(), year - 1, year));
		return types.stream().map(type -> facts.balance(type, year, asOf)).toList();
	}

	/**
	 * The requests starting in the years, through plain JDBC: a JPA query is translated anew on every execution in
	 * this multi-tenant setup (Hibernate caches no query plan while the tenant filter is enabled). Called where no
	 * request of the employee waits unflushed in the persistence context.
	 */
	private List<RequestedDays> requestedDays(UUID employeeId, int fromYear, int toYear) {
		return jdbc.query("""
				select type_code, status, start_date, days from leave.leave_request
				 where tenant_id = ? and employee_id = ? and start_date between ? and ?""",
				(rs, i) -> new RequestedDays(rs.getString(1), LeaveStatus.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)),
				TenantContext.require(), employeeId, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
	}

	static Employment employment(EmployeeDetails employee) {
		return new Employment(employee.id(), employee.employeeNo(), employee.name(), employee.departmentId(),
				employee.hireDate(), employee.workStartDate(), employee.terminationDate());
	}
}
