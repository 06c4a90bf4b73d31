package io.renloop.workspace.web;

import io.renloop.payroll.Payslips;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The employee's payslips on the phone: the list of months, and one month with every line explained. */
@Controller
class MePayslipPageController {

	private final Payslips payslips;

	MePayslipPageController(Payslips payslips) {
		this.payslips = payslips;
	}

	@GetMapping("/me/payslips")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	String list(Model model) {
		model.addAttribute("payslips", payslips.mine());
		return "workspace/payslips";
	}

	@GetMapping("/me/payslips/{period}")
	@PreAuthorize("hasAuthority('PAYSLIP_READ')")
	String one(@PathVariable String period, Model model) {
		model.addAttribute("payslip", payslips.mine(period));
		return "workspace/payslip";
	}
}
