package io.renloop.payroll.web;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.Employees;
import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.ChangePayStructure;
import io.renloop.payroll.PayGroups;
import io.renloop.payroll.PayInputs;
import io.renloop.payroll.PayStructureView;
import io.renloop.payroll.PayStructures;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payroll desk's pages besides the runs: a person's pay structure with its history and a form for the next
 * version (prefilled from the current one, so a raise changes only the base), and the upload of a month's one-off
 * amounts from a spreadsheet, checked before it is saved.
 */
@Controller
class PayrollDeskPageController {

	private final Employees employees;

	private final PayStructures structures;

	private final PayGroups groups;

	private final PayInputs inputs;

	private final MessageSource messages;

	private final TenantTime time;

	private final Validator validator;

	PayrollDeskPageController(Employees employees, PayStructures structures, PayGroups groups, PayInputs inputs,
			MessageSource messages, TenantTime time, Validator validator) {
		this.validator = validator;
		this.employees = employees;
		this.structures = structures;
		this.groups = groups;
		this.inputs = inputs;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/payroll/people")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String people(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("people", q == null || q.isBlank() ? List.of()
				: employees.search(new EmployeeQuery(q.strip(), null, null, 0, 20)).content());
		return "payroll/people";
	}

	@GetMapping("/payroll/people/{id}")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String person(@PathVariable UUID id, Model model) {
		model.addAttribute("employee", employees.get(id));
		List<PayStructureView> history = structures.history(id);
		model.addAttribute("history", history);
		PayStructureView current = history.isEmpty() ? null : history.get(0);
		model.addAttribute("current", current);
		model.addAttribute("allowanceLines", current == null ? "" : lines(current.allowances()));
		model.addAttribute("deductionLines", current == null ? "" : lines(current.fixedDeductions()));
		model.addAttribute("groups", groups.list());
		model.addAttribute("today", time.today());
		return "payroll/person";
	}

	@PostMapping("/payroll/people/{id}/structures")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String change(@PathVariable UUID id, @RequestParam LocalDate effectiveFrom, @RequestParam String payGroupCode,
			@RequestParam BigDecimal base, @RequestParam(defaultValue = "") String allowances,
			@RequestParam(defaultValue = "") String fixedDeductions, @RequestParam BigDecimal housingFundRate,
			@RequestParam(required = false) String bankName, @RequestParam(required = false) String bankAccount,
			@RequestParam(defaultValue = "SEPARATE") BonusTaxMethod bonusTaxMethod,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			ChangePayStructure command = new ChangePayStructure(effectiveFrom, payGroupCode, base,
					amounts("allowances", allowances), amounts("fixedDeductions", fixedDeductions), null,
					housingFundRate, null, blankToNull(bankName), blankToNull(bankAccount), bonusTaxMethod,
					blankToNull(reason));
			var violation = validator.validate(command).stream().findFirst();
			if (violation.isPresent()) {
				redirect.addFlashAttribute("error", violation.get().getPropertyPath() + ": " + violation.get().getMessage());
				return "redirect:/payroll/people/" + id;
			}
			structures.change(id, command, "MANUAL");
			redirect.addFlashAttribute("notice", text("payroll.page.structureSaved", effectiveFrom.toString()));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (InvalidFieldsException ex) {
			var problem = ex.problems().get(0);
			redirect.addFlashAttribute("error", problem.field() + ": " + text(problem.messageKey(), problem.arguments()));
		}
		return "redirect:/payroll/people/" + id;
	}

	@GetMapping("/payroll/inputs")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String inputsPage(Model model) {
		model.addAttribute("month", YearMonth.from(time.today()));
		return "payroll/inputs";
	}

	@PostMapping("/payroll/inputs")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	String upload(@RequestParam String period, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean save, Model model) throws IOException {
		model.addAttribute("month", period);
		try {
			if (!period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
				throw InvalidFieldsException.of("period", "payroll.period.invalid", period);
			}
			model.addAttribute("result", inputs.addFile(period, file.getOriginalFilename(), file.getBytes(), !save));
		}
		catch (InvalidFieldsException ex) {
			var problem = ex.problems().get(0);
			model.addAttribute("error", text(problem.messageKey(), problem.arguments()));
		}
		return "payroll/inputs";
	}

	/** Lines of {@code CODE=amount} (or {@code CODE amount}), as a payroll clerk types them. */
	private static Map<String, BigDecimal> amounts(String field, String text) {
		Map<String, BigDecimal> amounts = new TreeMap<>();
		for (String line : text.split("[\\n,;，；]")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("\\s*[=:：\\s]\\s*", 2);
			if (parts.length != 2 || !parts[0].toUpperCase(Locale.ROOT).matches("[A-Z][A-Z0-9_]{0,39}")
					|| !parts[1].matches("\\d{1,7}(\\.\\d{1,2})?")) {
				throw InvalidFieldsException.of(field, "payroll.page.amountLine", line.strip());
			}
			amounts.put(parts[0].toUpperCase(Locale.ROOT), new BigDecimal(parts[1]));
		}
		return amounts;
	}

	private static String lines(Map<String, BigDecimal> amounts) {
		return amounts.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue().toPlainString())
			.collect(Collectors.joining("\n"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
