package io.renloop.payroll.internal.items;

import io.renloop.platform.formula.CompiledFormula;
import io.renloop.platform.formula.FormulaEngine;
import io.renloop.platform.formula.FormulaExplanation;
import io.renloop.payroll.internal.formula.PayVariables;
import io.renloop.payroll.internal.items.SalaryItems.Item;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@Service
class DefaultFormulaPreviews implements FormulaPreviews {

	private final FormulaEngine engine;

	private final SalaryItems items;

	private final MessageSource messages;

	private final TenantTime time;

	DefaultFormulaPreviews(FormulaEngine engine, SalaryItems items, MessageSource messages, TenantTime time) {
		this.engine = engine;
		this.items = items;
		this.messages = messages;
		this.time = time;
	}

	@Override
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	public Preview preview(PreviewRequest request) {
		CompiledFormula formula = engine.compile(request.formula().strip());
		PayVariables.requireKnown(formula.variables());
		Map<String, Object> values = PayVariables.withDerived(
				request.variables() == null ? Map.of() : new HashMap<>(request.variables()));
		BigDecimal value = formula.evaluate(values);
		Function<String, String> label = labels();
		List<Variable> read = formula.variables()
			.stream()
			// every value is a decimal: the request's or derived from them
			.map(name -> new Variable(name, label.apply(name), (BigDecimal) values.get(name)))
			.toList();
		return new Preview(value, FormulaExplanation.render(formula.source(), values, label, value), read);
	}

	/** Built-in variables by their label, items by their name, inputs by their code; in the caller's language. */
	private Function<String, String> labels() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Item> byCode = ItemHistory.byCode(items.effectiveOn(time.today()));
		return name -> {
			if (PayVariables.isBuiltIn(name)) {
				return messages.getMessage(PayVariables.labelKey(name), null, name, locale);
			}
			Item item = byCode.get(name);
			return item != null ? item.name(locale.getLanguage()) : name;
		};
	}
}
