package io.renloop.payroll.internal.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Tries a formula on values typed in, before saving it: the result and how a payslip would explain it. */
public interface FormulaPreviews {

	/**
	 * Computes the formula with the values; {@code dailyRate} and {@code hourlyRate} follow from {@code base} and
	 * {@code performanceFactor} is 1 unless given.
	 * @throws io.renloop.platform.formula.FormulaException as saving would, or for a value that is missing
	 */
	Preview preview(PreviewRequest request);

	record PreviewRequest(@NotBlank String formula, @Size(max = 200) Map<String, BigDecimal> variables) {
	}

	/**
	 * @param explanation the formula with labels and values in the caller's language, ending with = and the value
	 * @param variables what the formula read
	 */
	record Preview(BigDecimal value, String explanation, List<Variable> variables) {
	}

	record Variable(String name, String label, BigDecimal value) {
	}
}
