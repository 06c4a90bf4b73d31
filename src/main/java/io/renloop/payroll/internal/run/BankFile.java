package io.renloop.payroll.internal.run;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.internal.run.PayslipStore.StoredPayslip;
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
 * (decrypted for the bank, the read audited) and the net pay. The generic layout most Chinese banks' payroll
 * upload templates accept (账号, 户名, 金额, 用途); a bank's own layout is a mapping of these columns.
 */
@Component
public class BankFile {

	static final List<String> HEADER = List.of("employeeNo", "name", "bank", "account", "amount", "purpose");

	private final RunStore runs;

	private final PayslipStore payslips;

	private final StructureStore structures;

	private final EmployeeDirectory directory;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	BankFile(RunStore runs, PayslipStore payslips, StructureStore structures, EmployeeDirectory directory,
			PersonalDataCipher cipher, AuditTrail audit) {
		this.runs = runs;
		this.payslips = payslips;
		this.structures = structures;
		this.directory = directory;
		this.cipher = cipher;
		this.audit = audit;
	}

	/** The file as CSV ({@code csv}) or Excel ({@code xlsx}). */
	@Transactional // the read is audited
	public byte[] of(UUID runId, String format) {
		String tenantId = TenantContext.require();
		RunRow run = runs.find(tenantId, runId).orElseThrow(() -> new NotFoundException("PayrollRun", runId));
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
		List<List<String>> rows = payslips.ofRun(tenantId, runId, null, Integer.MAX_VALUE)
			.stream()
			.map(payslip -> row(payslip, people.get(payslip.employeeId()), accounts.get(payslip.employeeId()),
					run.period()))
			.toList();
		audit.recordSensitiveRead("PayrollRun", runId, "bankFile:" + rows.size());
		return "xlsx".equals(format) ? SpreadsheetFiles.xlsx(run.period(), HEADER, rows)
				: SpreadsheetFiles.csv(HEADER, rows);
	}

	private List<String> row(StoredPayslip payslip, EmployeeDirectory.Entry person, StructureRow structure,
			String period) {
		String account = structure == null || structure.bankAccountSealed() == null ? ""
				: cipher.decrypt(structure.bankAccountSealed());
		return List.of(person == null ? "" : person.employeeNo(), person == null ? "" : person.name(),
				structure == null || structure.bankName() == null ? "" : structure.bankName(), account,
				payslip.net().toPlainString(), "工资 " + period);
	}
}
