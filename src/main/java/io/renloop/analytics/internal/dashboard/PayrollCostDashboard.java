package io.renloop.analytics.internal.dashboard;

import io.renloop.platform.Permission;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Payroll cost of the published runs: gross pay and employer cost by month, employer cost by unit and the cost
 * items (payslip lines) over the period. A unit's figure drills down to the people employed there on the last day.
 */
@Component
class PayrollCostDashboard implements Dashboard {

	private static final String COSTS = " from analytics.payroll_cost where tenant_id = ? and month >= "
			+ "date_trunc('month', ?::date) and month <= ? and item = ? group by 1, 2";

	private final Charts charts;

	PayrollCostDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "payroll-cost";
	}

	@Override
	public Set<Permission> needs() {
		return Set.of(Permission.PAYROLL_READ);
	}

	@Override
	public Figures figures(Period period) {
		List<Cell> items = charts.cells("select department_id, substring(item from 6), sum(amount) from "
				+ "analytics.payroll_cost where tenant_id = ? and month >= date_trunc('month', ?::date) and month <= ? "
				+ "and item like 'ITEM:%' group by 1, 2", period.tenantId(), period.fromDate(), period.toDate());
		List<String> codes = items.stream().map(Cell::x).distinct().sorted().toList();
		return new Figures(List.of(
				charts.byKey("byItem", period, items, codes, code -> code, false),
				charts.byMonth("gross", period, charts.cells("select department_id, to_char(month, 'YYYY-MM'), "
						+ "sum(amount)" + COSTS, period.tenantId(), period.fromDate(), period.toDate(), "GROSS"), false),
				charts.byMonth("employerCost", period, charts.cells("select department_id, to_char(month, 'YYYY-MM'), "
						+ "sum(amount)" + COSTS, period.tenantId(), period.fromDate(), period.toDate(),
						"EMPLOYER_COST"), false),
				charts.byUnit("employerCostByUnit", period, charts.cells("select department_id, 'unit', sum(amount)"
						+ COSTS, period.tenantId(), period.fromDate(), period.toDate(), "EMPLOYER_COST"), true)));
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if (!"employerCostByUnit".equals(series)) {
			return List.of();
		}
		return charts.drilled(period, x, "select employee_id, department_id, null "
				+ HeadcountDashboard.EMPLOYED_ON, period.tenantId(), period.toDate(), period.toDate());
	}
}
