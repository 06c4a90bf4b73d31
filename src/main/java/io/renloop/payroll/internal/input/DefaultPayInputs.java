package io.renloop.payroll.internal.input;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.AddPayInputs;
import io.renloop.payroll.PayInputs;
import io.renloop.payroll.PayInputsResult;
import io.renloop.payroll.PayInputsResult.RowError;
import io.renloop.payroll.internal.run.RunStore;
import io.renloop.payroll.internal.structure.StructureStore;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayInputs implements PayInputs {

	private static final BigDecimal MIN = new BigDecimal(AmountLimits.MAX_MONTHLY_PAY).negate();

	private final InputStore store;

	private final RunStore runs;

	private final StructureStore structures;

	private final EmployeeDirectory directory;

	private final RowErrorMessages messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPayInputs(InputStore store, RunStore runs, StructureStore structures, EmployeeDirectory directory,
			RowErrorMessages messages, AuditTrail audit, Clock clock) {
		this.store = store;
		this.runs = runs;
		this.structures = structures;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PayInputsResult add(AddPayInputs inputs, boolean dryRun) {
		List<InputFile.Line> lines = new ArrayList<>();
		for (int i = 0; i < inputs.items().size(); i++) {
			lines.add(new InputFile.Line(i + 1, inputs.items().get(i)));
		}
		return add(inputs.period(), lines, List.of(), dryRun, "API");
	}

	@Override
	@Transactional
	public PayInputsResult addFile(String period, String fileName, byte[] content, boolean dryRun) {
		InputFile file = InputFile.read(fileName, content);
		List<RowError> errors = file.problems()
			.stream()
			.map(problem -> error(problem.row(), problem.field(), problem.messageKey(), problem.arguments()))
			.toList();
		return add(period, file.lines(), errors, dryRun, "IMPORT");
	}

	private PayInputsResult add(String period, List<InputFile.Line> lines, List<RowError> found, boolean dryRun,
			String source) {
		String tenantId = TenantContext.require();
		Map<String, UUID> ids = directory
			.idsByNumber(lines.stream().map(line -> line.item().employeeNo().strip()).toList());
		Set<UUID> locked = runs.lockedGroups(tenantId, period);
		Map<UUID, UUID> groups = locked.isEmpty() ? Map.of()
				: structures.groupsOn(tenantId, YearMonth.parse(period).atEndOfMonth(), ids.values());
		List<RowError> errors = new ArrayList<>(found);
		List<InputStore.NewInput> rows = new ArrayList<>();
		for (InputFile.Line line : lines) {
			AddPayInputs.Item item = line.item();
			UUID employeeId = ids.get(item.employeeNo().strip());
			int row = line.row();
			if (employeeId == null) {
				errors.add(error(row, "employeeNo", "payroll.input.unknownEmployee", item.employeeNo()));
			}
			else if (locked.contains(groups.get(employeeId))) {
				errors.add(error(row, "employeeNo", "payroll.input.periodLocked", period));
			}
			AmountLimits.problem("amount", item.amount(), MIN, AmountLimits.MAX_MONTHLY_PAY)
				.ifPresent(problem -> errors.add(error(row, "amount", problem.messageKey(), problem.arguments())));
			rows.add(new InputStore.NewInput(employeeId, item.code(), item.amount(), item.note()));
		}
		errors.sort(java.util.Comparator.comparingInt(RowError::row));
		if (errors.isEmpty() && !dryRun) {
			store.insert(tenantId, period, rows, source, CurrentUser.find().map(CurrentUser::email).orElse("system"),
					clock.instant());
			audit.recordChange("ADD", "PayInputs", period, null, Map.of("rows", rows.size(), "source", source));
		}
		return new PayInputsResult(dryRun, errors.isEmpty() ? rows.size() : 0, errors);
	}

	private RowError error(int row, String field, String key, Object... arguments) {
		return messages.of(row, field, key, arguments);
	}
}
