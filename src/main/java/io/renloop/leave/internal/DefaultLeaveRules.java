package io.renloop.leave.internal;

import io.renloop.leave.DayBasis;
import io.renloop.leave.LeaveRuleView;
import io.renloop.leave.LeaveRules;
import io.renloop.leave.SickPayRule;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules are read with the tenant explicit: the law's rows (tenant null) are shared by every tenant, a tenant's own
 * rows override them; a province's row overrides the national one of the same type and variant.
 */
@Service
class DefaultLeaveRules implements LeaveRules {

	static final String NATIONAL = "CN";

	private final JdbcTemplate jdbc;

	private final LeavePolicy policy;

	private final AuditTrail audit;

	DefaultLeaveRules(JdbcTemplate jdbc, LeavePolicy policy, AuditTrail audit) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void useProvince(String province) {
		if (province == null || !province.matches("[A-Z]{2}")) {
			throw InvalidFieldsException.of("province", "error.leave.province");
		}
		LeavePolicy.Settings before = policy.current();
		LeavePolicy.Settings after = new LeavePolicy.Settings(province, before.monthlyAccrual(),
				before.carryOverMaxDays(), before.carryOverMonths());
		policy.set(after);
		audit.recordChange("UPDATE", "LeavePolicy", TenantContext.require(), before, after);
	}

	@Override
	public String province() {
		return policy.current().province();
	}

	@Override
	public List<LeaveRuleView> inForce(LocalDate on) {
		String province = province();
		List<LeaveRuleView> rows = jdbc.query("""
				select province, type_code, variant, days, day_basis, per, effective_from, effective_to, source
				from leave.statutory_rule
				where (tenant_id is null or tenant_id = ?) and province in (?, ?) and effective_from <= ?
				  and (effective_to is null or effective_to >= ?)
				order by type_code, variant, province = ? , tenant_id nulls first, effective_from""",
				DefaultLeaveRules::rule, TenantContext.require(), NATIONAL, province, Date.valueOf(on), Date.valueOf(on),
				province);
		// later rows win: the province's over the nation's, the tenant's over the law's, the newer over the older
		Map<String, LeaveRuleView> winners = new LinkedHashMap<>();
		rows.forEach(rule -> winners.put(rule.type() + "/" + rule.variant(), rule));
		return List.copyOf(winners.values());
	}

	/** The rule of a type's variant in force on the date, if the law has one. */
	Optional<LeaveRuleView> rule(String type, String variant, LocalDate on) {
		return inForce(on).stream().filter(r -> r.type().equals(type) && r.variant().equals(variant)).findFirst();
	}

	/** The cap of a request of the type: the base days plus the province's extension (maternity), if ruled. */
	Optional<LeaveRuleView> cap(String type, LocalDate on) {
		List<LeaveRuleView> rules = inForce(on).stream()
			.filter(r -> r.type().equals(type) && List.of("BASE", "EXTENSION", "PER_CHILD_UNDER_3").contains(r.variant()))
			.toList();
		if (rules.isEmpty()) {
			return Optional.empty();
		}
		LeaveRuleView first = rules.get(0);
		int days = rules.stream().mapToInt(LeaveRuleView::days).sum();
		return Optional.of(new LeaveRuleView(first.province(), type, "CAP", days, first.dayBasis(), first.per(),
				first.effectiveFrom(), first.effectiveTo(), first.source()));
	}

	@Override
	public SickPayRule sickPay(LocalDate on) {
		List<SickPayRule> rules = jdbc.query("""
				select province, min_percent_of_minimum_wage, effective_from, source from leave.sick_pay_rule
				where (tenant_id is null or tenant_id = ?) and province in (?, ?) and effective_from <= ?
				order by province = ?, tenant_id nulls first, effective_from""",
				(rs, i) -> new SickPayRule(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4)),
				TenantContext.require(), NATIONAL, province(), Date.valueOf(on), province());
		return rules.get(rules.size() - 1);
	}

	private static LeaveRuleView rule(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate(8);
		return new LeaveRuleView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				DayBasis.valueOf(rs.getString(5)), rs.getString(6), rs.getDate(7).toLocalDate(),
				to == null ? null : to.toLocalDate(), rs.getString(9));
	}
}
