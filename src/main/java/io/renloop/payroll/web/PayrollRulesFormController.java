package io.renloop.payroll.web;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.internal.items.FormulaPreviews;
import io.renloop.payroll.internal.items.SalaryItems;
import io.renloop.payroll.internal.region.ContributionKind;
import io.renloop.payroll.internal.region.RegionAdministration;
import io.renloop.payroll.internal.region.Rounding;
import io.renloop.payroll.internal.region.SaveRegion;
import io.renloop.payroll.internal.run.EmployeeMonth;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit forms of the rules page: a salary item's next version, tried on an employee's month before it is saved,
 * and a region's figures saved as a new effective-dated version. A refused save shows every field's problem in the
 * reader's language and keeps what was typed.
 */
@Controller
class PayrollRulesFormController {

	private final SalaryItems items;

	private final FormulaPreviews previews;

	private final EmployeeMonth month;

	private final EmployeeDirectory directory;

	private final RegionAdministration regions;

	private final PayrollRulesPageController page;

	private final Validator validator;

	private final MessageSource messages;

	PayrollRulesFormController(SalaryItems items, FormulaPreviews previews, EmployeeMonth month,
			EmployeeDirectory directory, RegionAdministration regions, PayrollRulesPageController page,
			Validator validator, MessageSource messages) {
		this.items = items;
		this.previews = previews;
		this.month = month;
		this.directory = directory;
		this.regions = regions;
		this.page = page;
		this.validator = validator;
		this.messages = messages;
	}

	/** What the item form held, shown again after a preview or a refused save. */
	record ItemForm(String code, String nameZh, String nameEn, String kind, boolean taxable, String formula,
			String effectiveFrom, String seq, String employeeNo, String period) {
	}

	@PostMapping("/payroll/rules/items")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String item(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "EARNING") String kind,
			@RequestParam(defaultValue = "false") boolean taxable, @RequestParam(defaultValue = "") String formula,
			@RequestParam(defaultValue = "") String effectiveFrom, @RequestParam(defaultValue = "100") String seq,
			@RequestParam(defaultValue = "") String employeeNo, @RequestParam(defaultValue = "") String period,
			@RequestParam(defaultValue = "preview") String action, Model model, RedirectAttributes redirect) {
		ItemForm form = new ItemForm(code.strip(), nameZh, nameEn, kind, taxable, formula, effectiveFrom, seq,
				employeeNo.strip(), period.strip());
		List<String> errors = new ArrayList<>();
		try {
			if ("save".equals(action)) {
				return saveItem(form, errors, model, redirect);
			}
			model.addAttribute("preview", preview(form, errors));
		}
		catch (InvalidFieldsException | BusinessRuleException | NotFoundException ex) {
			errors.addAll(problems(ex));
		}
		model.addAttribute("itemForm", form);
		model.addAttribute("itemErrors", errors);
		return page.rules(model);
	}

	private String saveItem(ItemForm form, List<String> errors, Model model, RedirectAttributes redirect) {
		if (!org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("PAYROLL_ADMIN"))) {
			throw new org.springframework.security.access.AccessDeniedException("PAYROLL_ADMIN");
		}
		LocalDate from = date("effectiveFrom", form.effectiveFrom(), errors);
		Integer order = number("seq", form.seq(), errors);
		SalaryItems.Kind itemKind = SalaryItems.Kind.valueOf(form.kind().matches("EARNING|DEDUCTION|INFO")
				? form.kind() : "EARNING");
		SalaryItems.SaveItem command = new SalaryItems.SaveItem(form.nameZh().strip(), form.nameEn().strip(),
				itemKind, form.taxable(), form.formula(), from, order);
		validator.validate(command).forEach(v -> errors.add(label(v.getPropertyPath().toString()) + ": " + v.getMessage()));
		if (errors.isEmpty()) {
			items.save(form.code(), command);
			redirect.addFlashAttribute("notice", text("payroll.rules.itemSaved", form.code(), from));
			return "redirect:/payroll/rules";
		}
		model.addAttribute("itemForm", form);
		model.addAttribute("itemErrors", errors);
		return page.rules(model);
	}

	private FormulaPreviews.Preview preview(ItemForm form, List<String> errors) {
		if (form.employeeNo().isEmpty() || !form.period().matches("\\d{4}-(0[1-9]|1[0-2])")) {
			errors.add(text("payroll.rules.previewNeedsEmployee"));
			return null;
		}
		UUID employeeId = directory.idsByNumber(List.of(form.employeeNo())).get(form.employeeNo());
		if (employeeId == null) {
			errors.add(label("employeeNo") + ": " + text("payroll.input.unknownEmployee", form.employeeNo()));
			return null;
		}
		return previews.preview(new FormulaPreviews.PreviewRequest(form.formula(),
				month.variables(employeeId, YearMonth.parse(form.period()))));
	}

	@PostMapping("/payroll/rules/regions/{code}")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	String region(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String effectiveFrom, @RequestParam(defaultValue = "") String minimumWage,
			@RequestParam(defaultValue = "") String averageMonthlyWage, @RequestParam List<String> kind,
			@RequestParam List<String> baseFloor, @RequestParam List<String> baseCeiling,
			@RequestParam List<String> employeeRate, @RequestParam List<String> employerRate,
			@RequestParam List<String> employeeFixed, @RequestParam List<String> rounding, Model model,
			RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		LocalDate from = date("effectiveFrom", effectiveFrom, errors);
		List<SaveRegion.Item> rows = new ArrayList<>();
		for (int i = 0; i < kind.size(); i++) {
			String prefix = "items[" + i + "].";
			rows.add(new SaveRegion.Item(ContributionKind.valueOf(kind.get(i)),
					amount(prefix + "baseFloor", at(baseFloor, i), errors),
					amount(prefix + "baseCeiling", at(baseCeiling, i), errors),
					amount(prefix + "employeeRate", at(employeeRate, i), errors),
					amount(prefix + "employerRate", at(employerRate, i), errors),
					amount(prefix + "employeeFixed", at(employeeFixed, i), errors), Rounding.valueOf(at(rounding, i))));
		}
		BigDecimal minimum = amount("minimumWage", minimumWage, errors);
		BigDecimal average = amount("averageMonthlyWage", averageMonthlyWage, errors);
		try {
			if (errors.isEmpty()) {
				regions.save(code, new SaveRegion(null, name, from, rows, minimum, average));
				redirect.addFlashAttribute("notice", text("payroll.rules.regionSaved", code, from));
				return "redirect:/payroll/rules#region-" + code;
			}
		}
		catch (InvalidFieldsException ex) {
			errors.addAll(problems(ex));
		}
		model.addAttribute("regionErrors", Map.of(code, errors));
		return page.rules(model);
	}

	private List<String> problems(RuntimeException ex) {
		if (ex instanceof InvalidFieldsException invalid) {
			return invalid.problems()
				.stream()
				.map(p -> label(p.field()) + ": " + text(p.messageKey(), p.arguments()))
				.toList();
		}
		if (ex instanceof BusinessRuleException rule) {
			return List.of(text(rule.messageKey(), rule.arguments()));
		}
		return List.of(text("payroll.rules.notFound"));
	}

	private LocalDate date(String field, String value, List<String> errors) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (RuntimeException e) {
			errors.add(label(field) + ": " + text("payroll.rules.date"));
			return null;
		}
	}

	private Integer number(String field, String value, List<String> errors) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			errors.add(label(field) + ": " + text("payroll.rules.number"));
			return null;
		}
	}

	private BigDecimal amount(String field, String value, List<String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			errors.add(label(field) + ": " + text("payroll.rules.number"));
			return null;
		}
	}

	private static String at(List<String> values, int index) {
		return index < values.size() ? values.get(index) : "";
	}

	/** A field's label in the reader's language where the bundle has one, else its name. */
	private String label(String field) {
		return messages.getMessage("payroll.rules.field." + field.replaceAll("\\[\\d+]", ""), null, field,
				LocaleContextHolder.getLocale()) + (field.matches(".*\\[\\d+].*") ? " " + field.replaceAll("\\D", "")
						.transform(n -> "#" + (Integer.parseInt(n) + 1)) : "");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
