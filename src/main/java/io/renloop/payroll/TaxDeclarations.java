package io.renloop.payroll;

import java.util.List;
import java.util.UUID;

/**
 * Special additional deductions declared by employees; withholding applies them from the next calculated month.
 * Employees declare their own (PAYSLIP_READ); payroll may record them for anyone (PAYROLL_WRITE). Audited.
 */
public interface TaxDeclarations {

	/** The signed-in employee's declarations of the year. */
	List<TaxDeclarationView> mine(int year);

	/** Declares for the signed-in employee; 404 for a login without an employee record. */
	TaxDeclarationView declareMine(int year, DeclareDeduction declaration);

	/** Declares for an employee (PAYROLL_WRITE, or the employee themself). */
	TaxDeclarationView declare(UUID employeeId, int year, DeclareDeduction declaration);
}
