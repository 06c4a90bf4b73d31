package io.renloop.payroll.web;

import io.renloop.payroll.PayslipSummary;
import io.renloop.payroll.PayslipView;
import io.renloop.payroll.DeclareDeduction;
import io.renloop.payroll.Payslips;
import io.renloop.payroll.TaxDeclarationView;
import io.renloop.payroll.TaxDeclarations;
import io.renloop.platform.InvalidFieldsException;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in employee's payslips. */
@RestController
@Tag(name = "Payroll", description = "Pay data, salary items, regions, income tax, payroll runs and payslips")
class PayslipApiController {

	private final Payslips payslips;

	private final TaxDeclarations declarations;

	PayslipApiController(Payslips payslips, TaxDeclarations declarations) {
		this.payslips = payslips;
		this.declarations = declarations;
	}

	@GetMapping("/api/v1/me/payslips")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	@Operation(summary = "My published payslips, newest first", description = "404 for a login without an "
			+ "employee record")
	List<PayslipSummary> mine() {
		return payslips.mine();
	}

	@GetMapping("/api/v1/me/payslips/{period}")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	@Operation(summary = "My payslip of a month", description = "`{\"period\",\"gross\",\"net\",\"lines\":[{\"code\","
			+ "\"name\",\"amount\",\"explanation\"}],\"tax\":{\"month\",\"yearToDate\"}}`: every line explains itself "
			+ "in the reader's language with its inputs; the read is audited")
	PayslipView mine(@PathVariable String period) {
		return payslips.mine(period);
	}

	@GetMapping("/api/v1/me/payslips/{period}/pdf")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	@Operation(summary = "My payslip of a month as a PDF", description = "With the CJK font embedded; in the "
			+ "reader's language")
	ResponseEntity<byte[]> pdf(@PathVariable String period) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"payslip-" + period + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(payslips.minePdf(period));
	}

	@GetMapping("/api/v1/me/tax-declarations/{year}")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	@Operation(summary = "My special additional deductions declared for a tax year")
	List<TaxDeclarationView> declarations(@PathVariable int year) {
		return declarations.mine(year);
	}

	@PutMapping("/api/v1/me/tax-declarations/{year}")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	@Operation(summary = "Declare a special additional deduction for a tax year", description = "`{\"kind\","
			+ "\"monthlyAmount\",\"evidence\"}`: CHILD_EDUCATION, INFANT_CARE, CONTINUING_EDUCATION, "
			+ "HOUSING_LOAN_INTEREST or HOUSING_RENT (not both), ELDERLY_SUPPORT, within their monthly caps; 0 "
			+ "withdraws one; withholding applies it from the next calculated month; audited")
	TaxDeclarationView declare(@PathVariable int year, @Valid @RequestBody DeclareDeduction declaration) {
		if (year < 2019 || year > 2100) {
			throw InvalidFieldsException.of("year", "payroll.declaration.year", String.valueOf(year));
		}
		return declarations.declareMine(year, declaration);
	}
}
