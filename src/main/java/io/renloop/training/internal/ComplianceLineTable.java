package io.renloop.training.internal;

import io.renloop.platform.TenantContext;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * training.compliance_line: one line per learner and certificate type their position requires or they hold,
 * derived from the learners, the positions' requirements and the latest certificates, and rewritten from them —
 * for one learner when the learner or one of their certificates changes, for the whole tenant when requirements
 * change or on a rebuild. Rewriting from the sources makes every refresh idempotent.
 */
@Component
public class ComplianceLineTable {

	private static final String REWRITE = """
			with wanted as (
			    select l.employee_id, r.type_code from training.learner l
			      join training.certificate_requirement r on r.tenant_id = l.tenant_id and r.position_id = l.position_id
			     where l.tenant_id = ? %1$s
			), held as (
			    select c.employee_id, c.type_code, c.certificate_id, c.expires_on from training.latest_certificate c
			     where c.tenant_id = ? %2$s
			)
			insert into training.compliance_line (tenant_id, employee_id, type_code, department_id, name, hire_date,
			    termination_date, required, certificate_id, expires_on)
			select l.tenant_id, l.employee_id, coalesce(w.type_code, h.type_code), l.department_id, l.name, l.hire_date,
			       l.termination_date, w.type_code is not null, h.certificate_id, h.expires_on
			  from wanted w full join held h on h.employee_id = w.employee_id and h.type_code = w.type_code
			  join training.learner l on l.tenant_id = ? and l.employee_id = coalesce(w.employee_id, h.employee_id)""";

	/** The advisory lock that a rewrite of all a tenant's lines takes alone, and each employee's rewrite shares. */
	private static final String ALL_LINES = "training.compliance_line:";

	private final JdbcTemplate jdbc;

	ComplianceLineTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rewrites the current tenant's lines of one employee (none when training does not know them yet). */
	public void refresh(UUID employeeId) {
		String tenant = TenantContext.require();
		// a rewrite of all lines waits for this one and this one for it (shared here, exclusive there); a hire's
		// certificates and the hire itself arrive by two listeners at once: one at a time per employee, so that the
		// second reads what the first committed
		jdbc.query("select pg_advisory_xact_lock_shared(hashtextextended(?, 0))", rs -> null, ALL_LINES + tenant);
		jdbc.query("select pg_advisory_xact_lock(hashtext(?), hashtext(?))", rs -> null, tenant,
				employeeId.toString());
		jdbc.update("delete from training.compliance_line where tenant_id = ? and employee_id = ?", tenant, employeeId);
		jdbc.update(REWRITE.formatted("and l.employee_id = ?", "and c.employee_id = ?"), tenant, employeeId, tenant,
				employeeId, tenant);
	}

	/** Rewrites all the current tenant's lines and refreshes the planner's statistics of the tables read. */
	public int refreshAll() {
		String tenant = TenantContext.require();
		// an employee's lines rewritten meanwhile would otherwise be inserted twice (the delete here does not see
		// them before they commit, the insert then collides with them)
		jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, ALL_LINES + tenant);
		jdbc.update("delete from training.compliance_line where tenant_id = ?", tenant);
		int lines = jdbc.update(REWRITE.formatted("", ""), tenant, tenant, tenant);
		jdbc.execute("analyze training.learner, training.latest_certificate, training.compliance_line");
		return lines;
	}
}
