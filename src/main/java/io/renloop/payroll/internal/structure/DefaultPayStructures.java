package io.renloop.payroll.internal.structure;

import io.renloop.employee.Employees;
import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.ChangePayStructure;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.PayStructureView;
import io.renloop.payroll.PayStructures;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayStructures implements PayStructures {

	private final StructureStore store;

	private final PayGroupStore groups;

	private final Employees employees;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final PayTimeline timeline;

	private final Clock clock;

	DefaultPayStructures(StructureStore store, PayGroupStore groups, Employees employees, PersonalDataCipher cipher,
			PayTimeline timeline, AuditTrail audit, Clock clock) {
		this.timeline = timeline;
		this.store = store;
		this.groups = groups;
		this.employees = employees;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional // the read is audited
	public List<PayStructureView> history(UUID employeeId) {
		employees.get(employeeId); // 404 outside the caller's data scope
		String tenantId = TenantContext.require();
		Map<UUID, String> codes = groups.list(tenantId)
			.stream()
			.collect(Collectors.toMap(PayGroupView::id, PayGroupView::code));
		audit.recordSensitiveRead("PayStructure", employeeId, "base,allowances,deductions,bankAccount");
		return store.history(tenantId, employeeId).stream().map(row -> view(row, codes::get)).toList();
	}

	@Override
	@Transactional
	public PayStructureView change(UUID employeeId, ChangePayStructure command, String source) {
		employees.get(employeeId);
		String tenantId = TenantContext.require();
		PayGroupView group = groups.byCode(tenantId, command.payGroupCode())
			.orElseThrow(() -> InvalidFieldsException.of("payGroupCode", "payroll.payGroup.unknown",
					command.payGroupCode()));
		List<StructureRow> history = store.history(tenantId, employeeId);
		if (history.stream().anyMatch(row -> row.effectiveFrom().equals(command.effectiveFrom()))) {
			throw new BusinessRuleException("payroll.structure.sameDay", command.effectiveFrom());
		}
		Optional<StructureRow> previous = history.stream().findFirst();
		byte[] account = command.bankAccount() == null
				? previous.map(StructureRow::bankAccountSealed).orElse(null)
				: cipher.encrypt(command.bankAccount().replace(" ", ""));
		StructureRow row = new StructureRow(employeeId, command.effectiveFrom(), group.id(), command.base().setScale(2),
				amounts(command.allowances()), amounts(command.fixedDeductions()),
				command.regionCode() == null ? group.regionCode() : command.regionCode(), command.housingFundRate(),
				command.socialInsuranceBase(),
				command.bankName() == null ? previous.map(StructureRow::bankName).orElse(null) : command.bankName(),
				account, command.bonusTaxMethod() == null ? BonusTaxMethod.SEPARATE : command.bonusTaxMethod(), source,
				command.reason(), CurrentUser.find().map(CurrentUser::email).orElse("system"), clock.instant());
		store.insert(tenantId, row);
		timeline.changed(row, group.code());
		PayStructureView view = view(row, id -> group.code());
		audit.recordChange("CHANGE", "PayStructure", employeeId, previous.map(p -> view(p, id -> null)).orElse(null),
				view);
		return view;
	}

	private PayStructureView view(StructureRow row, Function<UUID, String> groupCode) {
		return new PayStructureView(row.employeeId(), row.effectiveFrom(), groupCode.apply(row.payGroupId()),
				row.base(), row.allowances(), row.fixedDeductions(), row.regionCode(), row.housingFundRate(),
				row.socialInsuranceBase(), row.bankName(), masked(row.bankAccountSealed()), row.bonusTaxMethod(),
				row.source(), row.reason(), row.createdBy(), row.createdAt());
	}

	private String masked(byte[] sealed) {
		if (sealed == null) {
			return null;
		}
		String account = cipher.decrypt(sealed);
		return "**** " + account.substring(Math.max(0, account.length() - 4));
	}

	private static Map<String, java.math.BigDecimal> amounts(Map<String, java.math.BigDecimal> amounts) {
		Map<String, java.math.BigDecimal> scaled = new TreeMap<>();
		if (amounts != null) {
			amounts.forEach((code, amount) -> scaled.put(code, amount.setScale(2)));
		}
		return scaled;
	}
}
