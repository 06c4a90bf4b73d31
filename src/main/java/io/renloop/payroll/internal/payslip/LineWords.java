package io.renloop.payroll.internal.payslip;

import io.renloop.payroll.PayslipLineView;
import io.renloop.platform.formula.FormulaExplanation;
import io.renloop.payroll.internal.formula.PayVariables;
import io.renloop.payroll.internal.run.PayLine;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Puts stored payslip lines into the reader's words: names and explanations in their language. */
@Component
class LineWords {

	private static final TypeReference<List<PayLine>> LINES = new TypeReference<>() {
	};

	/** The code prefix of a corrected month's difference lines. */
	private static final String DIFFERENCE = "DIFF_";

	private final MessageSource messages;

	private final JsonMapper json;

	LineWords(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	List<PayslipLineView> lines(String stored, Locale locale) {
		List<PayLine> lines = json.readValue(stored, LINES);
		Map<String, String> names = new HashMap<>();
		lines.forEach(line -> names.put(line.code(), name(line, locale)));
		return lines.stream()
			.map(line -> new PayslipLineView(line.code(), names.get(line.code()), line.kind(),
					line.amount().setScale(2, RoundingMode.HALF_UP), explanation(line, names, locale)))
			.toList();
	}

	private String name(PayLine line, Locale locale) {
		if (line.code().startsWith(DIFFERENCE)) {
			// a corrected month's difference: "补发 2026-09 差额：基本工资"
			String code = line.code().substring(DIFFERENCE.length());
			String item = line.nameZh() != null ? itemName(line, locale)
					: messages.getMessage("payroll.line." + code, null, code, locale);
			return messages.getMessage("payroll.line.difference", new Object[] { line.args().get(0), item },
					line.code(), locale);
		}
		if (line.nameZh() != null) {
			return itemName(line, locale);
		}
		return messages.getMessage("payroll.line." + line.code(), null, line.code(), locale);
	}

	private static String itemName(PayLine line, Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? line.nameZh() : line.nameEn();
	}

	private String explanation(PayLine line, Map<String, String> names, Locale locale) {
		if (line.formula() != null) {
			return FormulaExplanation.render(line.formula(), new HashMap<>(line.values()),
					variable -> PayVariables.isBuiltIn(variable)
							? messages.getMessage(PayVariables.labelKey(variable), null, variable, locale)
							: names.computeIfAbsent(variable,
									code -> messages.getMessage("payroll.line." + code, null, code, locale)),
					line.amount());
		}
		return messages.getMessage(line.key(), line.args().toArray(), "", locale);
	}
}
