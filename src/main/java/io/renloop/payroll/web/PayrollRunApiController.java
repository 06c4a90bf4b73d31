package io.renloop.payroll.web;

import io.renloop.payroll.CreatePayrollRun;
import io.renloop.payroll.PayrollReviewLine;
import io.renloop.payroll.PayrollRunView;
import io.renloop.payroll.PayrollRuns;
import io.renloop.payroll.PayrollSummary;
import io.renloop.payroll.internal.run.BankFile;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SpreadsheetFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payroll runs: create, calculate, review, submit, publish, bank file. */
@RestController
@Tag(name = "Payroll", description = "Pay data, salary items, regions, income tax, payroll runs and payslips")
class PayrollRunApiController {

	private final PayrollRuns runs;

	private final BankFile bankFile;

	PayrollRunApiController(PayrollRuns runs, BankFile bankFile) {
		this.runs = runs;
		this.bankFile = bankFile;
	}

	@PostMapping("/api/v1/payroll/runs")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Open the run of a month for a pay group", description = "`{\"period\":\"yyyy-MM\","
			+ "\"payGroupId\"}`; one regular run per month and pay group (409 for a second); audited")
	ResponseEntity<PayrollRunView> create(@Valid @RequestBody CreatePayrollRun command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(runs.create(command));
	}

	@PostMapping("/api/v1/payroll/runs/{id}/corrections")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Correct a published month (补发/补扣)", description = "Opens a run of kind CORRECTION for "
			+ "the same month and pay group that recalculates it with the inputs as they are now (a late attendance "
			+ "close, a late input, a backdated structure); calculate, submit and publish it like any run. Its "
			+ "results are the differences per employee and line and of the year-to-date tax; they are paid as "
			+ "lines of their own with the regular run of `targetPeriod`, the next month not yet approved. 409 "
			+ "unless the run is a published regular run, or while another correction of it is not published; "
			+ "audited")
	ResponseEntity<PayrollRunView> correct(@PathVariable UUID id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(runs.correct(id));
	}

	@GetMapping("/api/v1/payroll/runs")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "The tenant's payroll runs, newest month first")
	List<PayrollRunView> list() {
		return runs.list();
	}

	@GetMapping("/api/v1/payroll/runs/{id}")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "A payroll run: status, head count and totals")
	PayrollRunView get(@PathVariable UUID id) {
		return runs.get(id);
	}

	@PostMapping("/api/v1/payroll/runs/{id}/calculate")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Calculate the run as a background job", description = "202 `{\"jobId\"}`; progress at "
			+ "`GET /api/v1/jobs/{jobId}`. Calculating again replaces the results; 409 once submitted, and while "
			+ "another run of the same month is calculating")
	ResponseEntity<Map<String, UUID>> calculate(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(Map.of("jobId", runs.calculate(id)));
	}

	@GetMapping("/api/v1/payroll/runs/{id}/review")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "Review a calculated run", description = "Per employee: gross, net and tax, last "
			+ "published month's net, the lines that changed, and flags (NEW, NET_CHANGE above 20 %, NEGATIVE_NET, "
			+ "ZERO_NET); flagged rows first; the read is audited")
	List<PayrollReviewLine> review(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean flaggedOnly,
			@RequestParam(defaultValue = "200") int limit) {
		return runs.review(id, flaggedOnly, Math.min(limit, 5000));
	}

	@GetMapping("/api/v1/payroll/runs/{id}/summary")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	@Operation(summary = "A run's totals by department and cost item", description = "For accounting (工资汇总表): "
			+ "per department its head count, gross pay, employer's cost, and the sum of every payslip line code")
	PayrollSummary summary(@PathVariable UUID id) {
		return runs.summary(id);
	}

	@PostMapping("/api/v1/payroll/runs/{id}/submit")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "Submit a calculated run for approval", description = "Workflow subject `payroll-run` "
			+ "(by default HR, then finance); the run is locked while it is approved; 409 unless calculated")
	PayrollRunView submit(@PathVariable UUID id) {
		return runs.submit(id);
	}

	@PostMapping("/api/v1/payroll/runs/{id}/publish")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	@Operation(summary = "Publish an approved run", description = "Employees see their payslips; the summary by "
			+ "department is announced (PayrollPublished); 409 unless approved")
	PayrollRunView publish(@PathVariable UUID id) {
		return runs.publish(id);
	}

	@GetMapping("/api/v1/payroll/runs/{id}/bank-file")
	@PreAuthorize("hasAuthority('PAYROLL_WRITE')")
	@Operation(summary = "The salary transfer file of an approved or published run", description = "`format=csv` "
			+ "(default) or `xlsx`; `template=GENERIC` (employee number, name, bank, account, net pay, purpose), "
			+ "`ICBC` (工商银行: 收款账号, 收款人户名, 金额, 用途, 备注) or `CCB` (建设银行: 序号, 账号, 户名, 金额, 摘要), by default "
			+ "the pay group's; the bank layouts are approximations of the banks' batch payroll templates. The read "
			+ "of the accounts is audited; 400 for an unknown format or template; 409 before approval")
	ResponseEntity<byte[]> bankFile(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String template) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw InvalidFieldsException.of("format", "payroll.bankFile.format", format);
		}
		if (template != null && !BankFile.knownTemplate(template)) {
			throw InvalidFieldsException.of("template", "payroll.bankFile.template", template);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bank-" + id + "." + format + "\"")
			.contentType(MediaType.parseMediaType(
					format.equals("xlsx") ? SpreadsheetFiles.XLSX_MEDIA_TYPE : SpreadsheetFiles.CSV_MEDIA_TYPE))
			.body(bankFile.of(id, format, template));
	}
}
