package io.renloop.payroll.internal.items;

import io.renloop.platform.formula.CompiledFormula;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.payroll.internal.formula.FormulaOrder;
import io.renloop.payroll.internal.formula.PayVariables;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultSalaryItems implements SalaryItems {

	private final SalaryItemStore store;

	private final FormulaEngine engine;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultSalaryItems(SalaryItemStore store, FormulaEngine engine, AuditTrail audit, Clock clock) {
		this.store = store;
		this.engine = engine;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	public List<Item> effectiveOn(LocalDate day) {
		return history(TenantContext.require()).inForce(day);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	public List<Item> versions(String code) {
		List<Item> versions = history(TenantContext.require()).versions(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("SalaryItem", code);
		}
		return versions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemInForce> itemsInForce(String tenantId, LocalDate day) {
		Map<String, Item> items = ItemHistory.byCode(history(tenantId).inForce(day));
		Map<String, CompiledFormula> formulas = compile(items.values());
		return FormulaOrder.sort(reads(formulas))
			.stream()
			.map(code -> new ItemInForce(items.get(code), formulas.get(code)))
			.toList();
	}

	@Override
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	public Item save(String code, SaveItem command) {
		if (!PayVariables.isCode(code)) {
			throw InvalidFieldsException.of("code", "payroll.item.code.invalid");
		}
		String formula = command.formula().strip();
		PayVariables.requireKnown(engine.compile(formula).variables());
		String tenantId = TenantContext.require();
		store.lock(tenantId);
		ItemHistory history = history(tenantId);
		Item item = new Item(code, history.nextVersion(code), command.nameZh().strip(), command.nameEn().strip(),
				command.kind(), command.taxable(), formula, command.seq(), command.effectiveFrom(), false,
				CurrentUser.require().email(), clock.instant());
		ItemHistory changed = history.with(item);
		// a cycle may close on any later day a version of another item starts, not only on this one's first day
		changed.changesFrom(item.effectiveFrom())
			.forEach(day -> FormulaOrder.sort(reads(compile(changed.inForce(day)))));
		store.insert(tenantId, item);
		audit.recordChange(item.version() == 1 ? "CREATE" : "UPDATE", "SalaryItem", code + "@" + item.version(),
				history.inForce(code, item.effectiveFrom()).map(DefaultSalaryItems::snapshot).orElse(null),
				snapshot(item));
		return item;
	}

	private ItemHistory history(String tenantId) {
		return new ItemHistory(store.all(tenantId));
	}

	private Map<String, CompiledFormula> compile(Iterable<Item> items) {
		Map<String, CompiledFormula> formulas = new LinkedHashMap<>();
		items.forEach(item -> formulas.put(item.code(), engine.compile(item.formula())));
		return formulas;
	}

	private static Map<String, Set<String>> reads(Map<String, CompiledFormula> formulas) {
		Map<String, Set<String>> reads = new LinkedHashMap<>();
		formulas.forEach((code, formula) -> reads.put(code, formula.variables()));
		return reads;
	}

	private static Map<String, Object> snapshot(Item item) {
		return Map.of("version", item.version(), "kind", item.kind(), "taxable", item.taxable(), "formula",
				item.formula(), "effectiveFrom", item.effectiveFrom().toString(), "seq", item.seq());
	}
}
