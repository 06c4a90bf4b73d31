package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollPublished;
import io.renloop.platform.NoticeTopic;
import io.renloop.platform.TenantTransactions;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells every employee of a published run that their payslip is ready, where they chose (WeCom, DingTalk, e-mail),
 * linking to the payslip on {@code /me}. Idempotent: a redelivered event queues nothing twice (the notice's dedup
 * key is the run and the employee).
 */
@Component
class PayslipNotices {

	private final JdbcTemplate jdbc;

	private final WorkNotices notices;

	private final TenantTransactions inTenant;

	PayslipNotices(JdbcTemplate jdbc, WorkNotices notices, TenantTransactions inTenant) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PayrollPublished published) {
		inTenant.run(published.tenantId(), () -> jdbc
			.queryForList("select employee_id from payroll.payslip where tenant_id = ? and run_id = ?", UUID.class,
					published.tenantId(), published.runId())
			.forEach(employee -> notices.send(WorkNotice.toEmployee(published.tenantId(), employee,
					NoticeTopic.PAYSLIP_PUBLISHED, "payslip:" + published.runId(),
					"/me/payslips/" + published.period(), published.period()))));
	}
}
