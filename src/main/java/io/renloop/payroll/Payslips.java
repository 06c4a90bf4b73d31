package io.renloop.payroll;

import java.util.List;

/** The signed-in employee's own published payslips (PAYSLIP_READ; each read audited). */
public interface Payslips {

	/** Newest first. */
	List<PayslipSummary> mine();

	/** 404 when no published payslip of that month exists for the reader. */
	PayslipView mine(String period);

	/** The payslip as a PDF with an embedded CJK font, in the reader's language. */
	byte[] minePdf(String period);
}
