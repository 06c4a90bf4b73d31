package io.renloop.payroll.internal.run;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.internal.run.PayslipStore.StoredPayslip;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.internal.structure.PayGroupStore;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.structure.StructureStore;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SpreadsheetFiles;
import io.renloop.platform.TenantContext;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The salary transfer file of an approved or published run for the bank: one row per employee with the account
 * (decrypted for the bank, the read audited) and the net pay, in the layout of a {@link BankTemplate}: the generic
 * one, or a bank's batch payroll template.
 */
@Component
public class BankFile {

	private final RunStore runs;

	private final PayslipStore payslips;

	private final StructureStore structures;

	private final EmployeeDirectory directory;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final PayGroupStore groups;

	BankFile(RunStore runs, PayslipStore payslips, StructureStore structures, EmployeeDirectory directory,
			PersonalDataCipher cipher, AuditTrail audit, PayGroupStore groups) {
		this.groups = groups;
		this.runs = runs;
		this.payslips = payslips;
		this.structures = structures;
		this.directory = directory;
		this.cipher = cipher;
		this.audit = audit;
	}

	/** Whether a template of that name exists (any case). */
	public static boolean knownTemplate(String name) {
		return BankTemplate.named(name).isPresent();
	}

	/**
	 * The file as CSV ({@code csv}) or Excel ({@code xlsx}) in the layout of the named template, or of the pay
	 * group's when null.
	 */
	@Transactional // the read is audited
	public byte[] of(UUID runId, String format, String templateName) {
		String tenantId = TenantContext.require();
		RunRow run = runs.find(tenantId, runId).orElseThrow(() -> new NotFoundException("PayrollRun", runId));
		BankTemplate template = BankTemplate.named(templateName != null ? templateName
				: groups.byId(tenantId, run.payGroupId()).map(PayGroupView::bankTemplate).orElse("GENERIC"))
			.orElse(BankTemplate.GENERIC);
		if (!EnumSet.of(PayrollRunStatus.APPROVED, PayrollRunStatus.PUBLISHED).contains(run.status())) {
			throw new BusinessRuleException("payroll.bankFile.notApproved", run.period(), run.status());
		}
		if (run.correction()) {
			throw new BusinessRuleException("payroll.bankFile.correction", run.period(), run.targetPeriod());
		}
		YearMonth period = YearMonth.parse(run.period());
		Map<UUID, EmployeeDirectory.Entry> people = directory.employedBetween(period.atDay(1), period.atEndOfMonth())
			.stream()
			.collect(Collectors.toMap(EmployeeDirectory.Entry::id, Function.identity()));
		Map<UUID, StructureRow> accounts = structures.inForce(tenantId, period.atEndOfMonth());
		List<StoredPayslip> results = payslips.ofRun(tenantId, runId, null, Integer.MAX_VALUE);
		List<List<String>> rows = new java.util.ArrayList<>(results.size());
		for (StoredPayslip payslip : results) {
			rows.add(template.row(rows.size() + 1, transfer(payslip, people.get(payslip.employeeId()),
					accounts.get(payslip.employeeId()), run.period())));
		}
		audit.recordSensitiveRead("PayrollRun", runId, "bankFile:" + template + ":" + rows.size());
		return "xlsx".equals(format) ? SpreadsheetFiles.xlsx(run.period(), template.header(), rows)
				: SpreadsheetFiles.csv(template.header(), rows);
	}

	private BankTemplate.Transfer transfer(StoredPayslip payslip, EmployeeDirectory.Entry person,
			StructureRow structure, String period) {
		String account = structure == null || structure.bankAccountSealed() == null ? ""
				: cipher.decrypt(structure.bankAccountSealed());
		return new BankTemplate.Transfer(person == null ? "" : person.employeeNo(), person == null ? "" : person.name(),
				structure == null || structure.bankName() == null ? "" : structure.bankName(), account,
				payslip.net().setScale(2).toPlainString(), "工资 " + period);
	}
}
