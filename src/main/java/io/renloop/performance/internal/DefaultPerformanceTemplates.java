package io.renloop.performance.internal;

import io.renloop.performance.KpiItem;
import io.renloop.performance.PerformanceTemplates;
import io.renloop.performance.SaveTemplate;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.platform.formula.FormulaException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPerformanceTemplates implements PerformanceTemplates {

	private static final Set<String> VARIABLES = Set.of("value", "threshold", "target", "cap");

	private final TemplateStore store;

	private final FormulaEngine formulas;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPerformanceTemplates(TemplateStore store, FormulaEngine formulas, AuditTrail audit, Clock clock) {
		this.store = store;
		this.formulas = formulas;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TemplateView> list() {
		return store.list(TenantContext.require());
	}

	@Override
	@Transactional(readOnly = true)
	public TemplateView get(String code) {
		return store.byCode(TenantContext.require(), code).orElseThrow(() -> new NotFoundException("Template", code));
	}

	@Override
	@Transactional
	public TemplateView save(String code, SaveTemplate template) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
			throw InvalidFieldsException.of("code", "performance.template.code");
		}
		validate(template);
		String tenantId = TenantContext.require();
		TemplateView before = store.byCode(tenantId, code).orElse(null);
		store.upsert(tenantId, code, template, clock.instant());
		TemplateView after = get(code);
		audit.recordChange(before == null ? "CREATE" : "UPDATE", "PerformanceTemplate", code, before, after);
		return after;
	}

	private void validate(SaveTemplate template) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		BigDecimal weights = BigDecimal.ZERO;
		for (int i = 0; i < template.items().size(); i++) {
			KpiItem item = template.items().get(i);
			String field = "items[" + i + "]";
			if (!codes.add(item.code())) {
				problems.add(new FieldProblem(field + ".code", "performance.template.duplicateCode", item.code()));
			}
			if (!item.veto()) {
				weights = weights.add(item.weight());
			}
			if (item.metric() != null) {
				checkMetricItem(item, field, problems);
			}
		}
		if (template.kind() == TemplateKind.KPI && weights.compareTo(new BigDecimal("100")) != 0) {
			problems.add(new FieldProblem("items", "performance.template.weights", weights.stripTrailingZeros()
				.toPlainString()));
		}
		if (template.kind() == TemplateKind.COMPETENCY && template.competencyWeight() != 100) {
			problems.add(new FieldProblem("competencyWeight", "performance.template.competencyOnly"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private void checkMetricItem(KpiItem item, String field, List<FieldProblem> problems) {
		if (item.target() == null || (!item.veto() && item.threshold() == null)) {
			problems.add(new FieldProblem(field + ".target", "performance.template.targetRequired", item.code()));
			return;
		}
		if (item.formula() == null && !item.veto() && item.threshold().compareTo(item.target()) == 0) {
			problems.add(new FieldProblem(field + ".threshold", "performance.template.thresholdEqualsTarget",
					item.code()));
		}
		try {
			Set<String> unknown = new HashSet<>(formulas.compile(item.effectiveFormula()).variables());
			unknown.removeAll(VARIABLES);
			if (!unknown.isEmpty()) {
				problems.add(new FieldProblem(field + ".formula", "performance.template.unknownVariable",
						unknown.iterator().next()));
			}
		}
		catch (FormulaException ex) {
			problems.add(new FieldProblem(field + ".formula", ex.messageKey(), ex.arguments()));
		}
	}
}
