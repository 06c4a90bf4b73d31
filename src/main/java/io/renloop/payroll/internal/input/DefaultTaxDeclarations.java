package io.renloop.payroll.internal.input;

import io.renloop.payroll.DeclareDeduction;
import io.renloop.payroll.DeductionKind;
import io.renloop.payroll.TaxDeclarationView;
import io.renloop.payroll.TaxDeclarations;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultTaxDeclarations implements TaxDeclarations {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultTaxDeclarations(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TaxDeclarationView> mine(int year) {
		return jdbc.query("""
				select * from payroll.tax_declaration where tenant_id = ? and employee_id = ? and tax_year = ?
				 order by kind""", (rs, n) -> new TaxDeclarationView(rs.getInt("tax_year"),
				DeductionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("monthly_amount"),
				rs.getString("evidence"), rs.getTimestamp("declared_at").toInstant()), TenantContext.require(), me(),
				year);
	}

	@Override
	@Transactional
	public TaxDeclarationView declareMine(int year, DeclareDeduction declaration) {
		return declare(me(), year, declaration);
	}

	@Override
	@Transactional
	public TaxDeclarationView declare(UUID employeeId, int year, DeclareDeduction declaration) {
		CurrentUser user = CurrentUser.require();
		if (!employeeId.equals(user.employeeId()) && !user.can(Permission.PAYROLL_WRITE)) {
			throw new AccessDeniedException("Only payroll declares for others");
		}
		DeductionKind kind = declaration.kind();
		if (declaration.monthlyAmount().compareTo(kind.monthlyCap()) > 0) {
			throw InvalidFieldsException.of("monthlyAmount", "payroll.declaration.cap",
					kind.monthlyCap().toPlainString());
		}
		String tenantId = TenantContext.require();
		DeductionKind exclusive = kind == DeductionKind.HOUSING_RENT ? DeductionKind.HOUSING_LOAN_INTEREST
				: kind == DeductionKind.HOUSING_LOAN_INTEREST ? DeductionKind.HOUSING_RENT : null;
		if (exclusive != null && declaration.monthlyAmount().signum() > 0 && Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from payroll.tax_declaration where tenant_id = ? and employee_id = ?
				                  and tax_year = ? and kind = ? and monthly_amount > 0)""", Boolean.class, tenantId,
				employeeId, year, exclusive.name()))) {
			throw new BusinessRuleException("payroll.declaration.housing");
		}
		var now = clock.instant();
		jdbc.update("""
				insert into payroll.tax_declaration (id, tenant_id, employee_id, tax_year, kind, monthly_amount, evidence,
				       declared_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id, tax_year, kind)
				do update set monthly_amount = excluded.monthly_amount, evidence = excluded.evidence,
				              declared_at = excluded.declared_at""", UUID.randomUUID(), tenantId, employeeId, year,
				kind.name(), declaration.monthlyAmount().setScale(2), declaration.evidence().strip(),
				Timestamp.from(now));
		audit.recordChange("DECLARE", "TaxDeclaration", employeeId, null,
				Map.of("year", year, "kind", kind, "monthlyAmount", declaration.monthlyAmount()));
		return new TaxDeclarationView(year, kind, declaration.monthlyAmount().setScale(2),
				declaration.evidence().strip(), now);
	}

	private static UUID me() {
		UUID employeeId = CurrentUser.require().employeeId();
		if (employeeId == null) {
			throw new NotFoundException("Employee", "me");
		}
		return employeeId;
	}
}
