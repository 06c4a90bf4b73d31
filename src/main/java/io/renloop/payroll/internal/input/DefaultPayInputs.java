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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayInputs implements PayInputs {

	private static final BigDecimal MIN = new BigDecimal(AmountLimits.MAX_MONTHLY_PAY).negate();

	private final InputStore store;

	private final RunStore runs;

	private final StructureStore structures;

	private final EmployeeDirectory directory;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPayInputs(InputStore store, RunStore runs, StructureStore structures, EmployeeDirectory directory,
			MessageSource messages, AuditTrail audit, Clock clock) {
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
		String tenantId = TenantContext.require();
		Map<String, UUID> ids = directory
			.idsByNumber(inputs.items().stream().map(item -> item.employeeNo().strip()).toList());
		Set<UUID> locked = runs.lockedGroups(tenantId, inputs.period());
		Map<UUID, UUID> groups = locked.isEmpty() ? Map.of()
				: structures.groupsOn(tenantId, YearMonth.parse(inputs.period()).atEndOfMonth(), ids.values());
		List<RowError> errors = new ArrayList<>();
		List<InputStore.NewInput> rows = new ArrayList<>();
		for (int i = 0; i < inputs.items().size(); i++) {
			AddPayInputs.Item item = inputs.items().get(i);
			UUID employeeId = ids.get(item.employeeNo().strip());
			int row = i + 1;
			if (employeeId == null) {
				errors.add(error(row, "employeeNo", "payroll.input.unknownEmployee", item.employeeNo()));
			}
			else if (locked.contains(groups.get(employeeId))) {
				errors.add(error(row, "employeeNo", "payroll.input.periodLocked", inputs.period()));
			}
			AmountLimits.problem("amount", item.amount(), MIN, AmountLimits.MAX_MONTHLY_PAY)
				.ifPresent(problem -> errors.add(error(row, "amount", problem.messageKey(), problem.arguments())));
			rows.add(new InputStore.NewInput(employeeId, item.code(), item.amount(), item.note()));
		}
		if (errors.isEmpty() && !dryRun) {
			store.insert(tenantId, inputs.period(), rows, "API",
					CurrentUser.find().map(CurrentUser::email).orElse("system"), clock.instant());
			audit.recordChange("ADD", "PayInputs", inputs.period(), null, Map.of("rows", rows.size()));
		}
		return new PayInputsResult(dryRun, errors.isEmpty() ? rows.size() : 0, errors);
	}

	private RowError error(int row, String field, String key, Object... arguments) {
		return new RowError(row, field, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
	}
}
