package io.renloop.payroll.internal.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One stored payslip line. Its explanation is kept as what it was computed from — a message key with its formatted
 * inputs, or a formula with the values it read — and put into words in the reader's language when read.
 *
 * @param kind {@code EARNING}, {@code DEDUCTION}, {@code CONTRIBUTION}, {@code TAX}, {@code AFTER_TAX} or
 * {@code INFO}
 * @param nameZh the line's name when it comes from a tenant's salary item, else null (named by the message
 * {@code payroll.line.<code>})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayLine(String code, String kind, BigDecimal amount, String nameZh, String nameEn, String key,
		List<String> args, String formula, Map<String, BigDecimal> values) {

	static PayLine explained(String code, String kind, BigDecimal amount, String key, String... args) {
		return new PayLine(code, kind, amount, null, null, key, List.of(args), null, null);
	}
}
