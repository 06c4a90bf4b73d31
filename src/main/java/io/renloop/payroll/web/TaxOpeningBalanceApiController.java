package io.renloop.payroll.web;

import io.renloop.payroll.PayInputsResult;
import io.renloop.payroll.TaxOpeningBalance;
import io.renloop.payroll.TaxOpeningBalances;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.RowErrorAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Tax year opening balances of employees whose year began in the tenant's earlier payroll system. */
@RestController
@Tag(name = "Payroll")
class TaxOpeningBalanceApiController {

	private final TaxOpeningBalances balances;

	private final MessageSource messages;

	TaxOpeningBalanceApiController(TaxOpeningBalances balances, MessageSource messages) {
		this.balances = balances;
		this.messages = messages;
	}

	/** The JSON form: the tax year and one row per employee. */
	record Request(Integer year, List<TaxOpeningBalance> items) {
	}

	@PostMapping("/api/v1/payroll/tax/opening-balances")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Import tax year opening balances", description = "`{\"year\",\"items\":[{\"employeeNo\","
			+ "\"throughMonth\",\"months\",\"income\",\"socialInsurance\",\"specialAdditionalDeductions\","
			+ "\"otherDeductions\",\"taxPaid\"}]}`: the cumulative sums of the year through a month as the earlier "
			+ "payroll system withheld them (`months` employed, default `throughMonth`). The first month calculated "
			+ "here in that year goes on from them unless a month of the year was published here before. A row "
			+ "replaces the employee's balance of the year. Every row is checked first; with errors nothing is saved "
			+ "and the answer lists them by row (422); `dryRun=true` only checks. Audited")
	ResponseEntity<?> save(@RequestBody Request request, @RequestParam(defaultValue = "false") boolean dryRun) {
		if (request.year() == null) {
			throw InvalidFieldsException.of("year", "validation.required");
		}
		if (request.items() == null || request.items().isEmpty() || request.items().contains(null)) {
			throw InvalidFieldsException.of("items", "payroll.opening.items");
		}
		return answer(balances.save(request.year(), request.items(), dryRun));
	}

	@PostMapping(path = "/api/v1/payroll/tax/opening-balances/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Import tax year opening balances from a CSV or Excel file", description = "Form fields "
			+ "`year`, `file` and `dryRun`; columns 工号/employeeNo, 截至月份/throughMonth, 任职月数/months (optional), "
			+ "累计收入/income, 累计专项扣除/socialInsurance, 累计专项附加扣除/specialAdditionalDeductions (optional), "
			+ "累计其他扣除/otherDeductions (optional), 累计已缴税额/taxPaid, in any order. Checked like the JSON form "
			+ "(422 by the sheet's row numbers, nothing saved); an unreadable file or a missing column is a 400")
	ResponseEntity<?> saveFile(@RequestParam int year, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return answer(balances.saveFile(year, file.getOriginalFilename(), file.getBytes(), dryRun));
	}

	private ResponseEntity<?> answer(PayInputsResult result) {
		return RowErrorAnswers.of(messages, "payroll.input.rowErrors", "payroll-input-rowErrors", result.dryRun(),
				result.errors(), result, Map.of("accepted", 0));
	}
}
