package io.renloop.platform.formula;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** A formula that passed the sandbox's checks, ready to be evaluated any number of times, from any thread. */
public interface CompiledFormula {

	/** The formula as the tenant wrote it. */
	String source();

	/** The identifiers the formula reads, in the order they first appear. */
	Set<String> variables();

	/**
	 * Computes the formula.
	 * @param variables a number (any {@link Number}) for every name of {@link #variables()}
	 * @return the result rounded to fen: scale 2, half up
	 * @throws FormulaException on a missing or non-numeric variable, a division by zero, a result that is no number
	 * or beyond 9,999,999,999.99, or when the time limit passes
	 */
	BigDecimal evaluate(Map<String, Object> variables);
}
