package io.renloop.payroll.internal.input;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.PayInputsResult;
import io.renloop.payroll.PayInputsResult.RowError;
import io.renloop.payroll.TaxOpeningBalance;
import io.renloop.payroll.TaxOpeningBalances;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultTaxOpeningBalances implements TaxOpeningBalances {

	private final OpeningBalanceStore store;

	private final EmployeeDirectory directory;

	private final RowErrorMessages messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultTaxOpeningBalances(OpeningBalanceStore store, EmployeeDirectory directory, RowErrorMessages messages,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PayInputsResult save(int year, List<TaxOpeningBalance> rows, boolean dryRun) {
		List<OpeningBalanceFile.Line> lines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			lines.add(new OpeningBalanceFile.Line(i + 1, rows.get(i)));
		}
		return save(year, lines, List.of(), dryRun, "API");
	}

	@Override
	@Transactional
	public PayInputsResult saveFile(int year, String fileName, byte[] content, boolean dryRun) {
		OpeningBalanceFile file = OpeningBalanceFile.read(fileName, content);
		return save(year, file.lines(), file.problems()
			.stream()
			.map(problem -> messages.of(problem.row(), problem.field(), problem.messageKey(), problem.arguments()))
			.toList(), dryRun, "IMPORT");
	}

	private PayInputsResult save(int year, List<OpeningBalanceFile.Line> lines, List<RowError> found, boolean dryRun,
			String source) {
		if (year < 2019 || year > 2100) {
			// the cumulative withholding method exists since 2019
			throw InvalidFieldsException.of("year", "payroll.opening.year", year);
		}
		String tenantId = TenantContext.require();
		Map<String, UUID> ids = directory.idsByNumber(lines.stream()
			.map(line -> line.balance().employeeNo())
			.filter(Objects::nonNull)
			.map(String::strip)
			.toList());
		List<RowError> errors = new ArrayList<>(found);
		List<OpeningBalanceStore.Balance> balances = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (OpeningBalanceFile.Line line : lines) {
			TaxOpeningBalance row = line.balance();
			int number = line.row();
			UUID employeeId = row.employeeNo() == null ? null : ids.get(row.employeeNo().strip());
			if (employeeId == null) {
				errors.add(messages.of(number, "employeeNo", "payroll.input.unknownEmployee", row.employeeNo()));
			}
			else if (!seen.add(employeeId)) {
				errors.add(messages.of(number, "employeeNo", "payroll.opening.duplicate", row.employeeNo()));
			}
			Integer through = row.throughMonth();
			if (through == null || through < 1 || through > 12) {
				errors.add(messages.of(number, "throughMonth", "payroll.opening.throughMonth"));
			}
			Integer months = row.months() == null ? through : row.months();
			if (through != null && (months < 1 || months > through)) {
				errors.add(messages.of(number, "months", "payroll.opening.months", through));
			}
			BigDecimal income = amount(errors, number, "income", row.income(), true);
			BigDecimal socialInsurance = amount(errors, number, "socialInsurance", row.socialInsurance(), true);
			BigDecimal special = amount(errors, number, "specialAdditionalDeductions",
					row.specialAdditionalDeductions(), false);
			BigDecimal other = amount(errors, number, "otherDeductions", row.otherDeductions(), false);
			BigDecimal tax = amount(errors, number, "taxPaid", row.taxPaid(), true);
			if (errors.isEmpty()) {
				balances.add(new OpeningBalanceStore.Balance(employeeId, through, months, income, socialInsurance,
						special, other, tax));
			}
		}
		errors.sort(Comparator.comparingInt(RowError::row));
		if (errors.isEmpty() && !dryRun) {
			store.save(tenantId, year, balances, CurrentUser.find().map(CurrentUser::email).orElse("system"),
					clock.instant());
			audit.recordChange("IMPORT", "TaxOpeningBalances", String.valueOf(year), null,
					Map.of("rows", balances.size(), "source", source));
		}
		return new PayInputsResult(dryRun, errors.isEmpty() ? lines.size() : 0, errors);
	}

	private BigDecimal amount(List<RowError> errors, int row, String field, BigDecimal value, boolean required) {
		if (value == null) {
			if (required) {
				errors.add(messages.of(row, field, "validation.required"));
			}
			return BigDecimal.ZERO.setScale(2);
		}
		var problem = AmountLimits.problem(field, value, BigDecimal.ZERO, AmountLimits.MAX_AMOUNT);
		problem.ifPresent(p -> errors.add(messages.of(row, field, p.messageKey(), p.arguments())));
		return problem.isPresent() ? BigDecimal.ZERO : value.setScale(2);
	}
}
