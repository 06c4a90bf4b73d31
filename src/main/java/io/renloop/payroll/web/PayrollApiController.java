package io.renloop.payroll.web;

import io.renloop.payroll.AddPayInputs;
import io.renloop.payroll.ChangePayStructure;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.PayGroups;
import io.renloop.payroll.PayInputs;
import io.renloop.payroll.PayInputsResult;
import io.renloop.payroll.PayStructureView;
import io.renloop.payroll.PayStructures;
import io.renloop.payroll.SavePayGroup;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.RowErrorAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Pay groups, pay structures and one-off inputs. */
@RestController
@Tag(name = "Payroll", description = "Pay data, salary items, regions, income tax, payroll runs and payslips")
class PayrollApiController {

	private final PayGroups groups;

	private final PayStructures structures;

	private final PayInputs inputs;

	private final MessageSource messages;

	PayrollApiController(PayGroups groups, PayStructures structures, PayInputs inputs, MessageSource messages) {
		this.groups = groups;
		this.structures = structures;
		this.inputs = inputs;
		this.messages = messages;
	}

	@GetMapping("/api/v1/payroll/pay-groups")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "The tenant's pay groups")
	List<PayGroupView> groups() {
		return groups.list();
	}

	@PutMapping("/api/v1/payroll/pay-groups/{code}")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Create or change a pay group", description = "Code in upper-case letters, digits and "
			+ "underscores; the region is the social-insurance region its members contribute in by default; "
			+ "`bankTemplate` (GENERIC, ICBC or CCB) is the layout of its bank file, kept when left out; audited")
	PayGroupView saveGroup(@PathVariable String code, @Valid @RequestBody SavePayGroup command) {
		return groups.save(code, command);
	}

	@GetMapping("/api/v1/payroll/employees/{employeeId}/structures")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "An employee's pay structure, every version newest first", description = "Within the "
			+ "caller's data scope (404 outside it); the bank account masked; the read is audited")
	List<PayStructureView> structures(@PathVariable UUID employeeId) {
		return structures.history(employeeId);
	}

	@PostMapping("/api/v1/payroll/employees/{employeeId}/structures")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Add a version of an employee's pay structure from a day on", description = "Base, "
			+ "allowances and after-tax deductions by code, pay group, region, housing-fund rate (5–12 %), declared "
			+ "contribution base, salary account (stored encrypted), bonus tax method; earlier versions stay as "
			+ "history; a second version on the same day is refused (409); audited")
	ResponseEntity<PayStructureView> changeStructure(@PathVariable UUID employeeId,
			@Valid @RequestBody ChangePayStructure command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(structures.change(employeeId, command, "MANUAL"));
	}

	@PostMapping("/api/v1/payroll/inputs")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Add one-off amounts for a month", description = "`{\"period\",\"items\":[{\"employeeNo\","
			+ "\"code\",\"amount\",\"note\"}]}`: positive amounts are paid, negative ones deducted; `BONUS` is the "
			+ "annual one-time bonus. Every row is checked first: with errors nothing is saved and the answer lists "
			+ "them by row (422 problem details with `errors`: row, field, message); `dryRun=true` only checks. An employee whose pay group's run of the month is approved gets a row error")
	ResponseEntity<?> addInputs(@Valid @RequestBody AddPayInputs command,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return answer(inputs.add(command, dryRun));
	}

	@PostMapping(path = "/api/v1/payroll/inputs/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Add one-off amounts for a month from a CSV or Excel file", description = "Form fields "
			+ "`period` (yyyy-MM), `file` and `dryRun`; columns employeeNo (工号), code (项目代码), amount (金额), note "
			+ "(备注), in any order, headers in English or Chinese, GBK or UTF-8. Checked like the JSON form: with any "
			+ "row error nothing is saved and the answer lists the errors by the sheet's row number (422); an "
			+ "unreadable file or a missing column is a 400")
	ResponseEntity<?> addInputFile(@RequestParam String period, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws java.io.IOException {
		if (!period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
			throw InvalidFieldsException.of("period", "payroll.period.invalid", period);
		}
		return answer(inputs.addFile(period, file.getOriginalFilename(), file.getBytes(), dryRun));
	}

	private ResponseEntity<?> answer(PayInputsResult result) {
		return RowErrorAnswers.of(messages, "payroll.input.rowErrors", "payroll-input-rowErrors", result.dryRun(),
				result.errors(), result, Map.of("accepted", 0));
	}

}
