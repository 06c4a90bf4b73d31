package io.renloop.workspace.web;

import io.renloop.payroll.DeclareDeduction;
import io.renloop.payroll.DeductionKind;
import io.renloop.payroll.TaxDeclarations;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's special additional deductions (专项附加扣除) of this year on the phone: what is declared, and a form
 * to declare or change one with the evidence a tax office asks for.
 */
@Controller
class MeTaxPageController {

	private static final String PAGE = "redirect:/me/tax";

	private final TaxDeclarations declarations;

	private final TenantTime time;

	private final PageOutcomes outcomes;

	MeTaxPageController(TaxDeclarations declarations, TenantTime time, PageOutcomes outcomes) {
		this.declarations = declarations;
		this.time = time;
		this.outcomes = outcomes;
	}

	@GetMapping("/me/tax")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	String page(Model model) {
		int year = time.today().getYear();
		model.addAttribute("year", String.valueOf(year));
		model.addAttribute("declarations", declarations.mine(year));
		model.addAttribute("kinds", List.of(DeductionKind.values()));
		return "workspace/tax";
	}

	@PostMapping("/me/tax")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	String declare(@RequestParam DeductionKind kind, @RequestParam(required = false) BigDecimal monthlyAmount,
			@RequestParam(required = false) String evidence, RedirectAttributes redirect) {
		return outcomes.attempt(redirect, PAGE, () -> {
			if (monthlyAmount == null || monthlyAmount.signum() < 0 || evidence == null || evidence.isBlank()) {
				throw InvalidFieldsException.of("monthlyAmount", "me.tax.incomplete");
			}
			declarations.declareMine(time.today().getYear(), new DeclareDeduction(kind, monthlyAmount,
					evidence.strip().substring(0, Math.min(evidence.strip().length(), 500))));
			return outcomes.text("me.tax.saved");
		});
	}
}
