package io.renloop.payroll.internal.formula;

import io.renloop.platform.formula.FormulaException;
import java.util.List;

/** Items whose formulas read each other in a circle, so that no order can compute them. */
public class FormulaCycleException extends FormulaException {

	private final List<String> cycle;

	/** @param cycle the item codes in reading order, the first repeated at the end, e.g. {@code [A, B, A]} */
	public FormulaCycleException(List<String> cycle) {
		super("payroll.formula.cycle", String.join(" → ", cycle));
		this.cycle = List.copyOf(cycle);
	}

	/** The codes of the cycle in order, the first repeated at the end. */
	public List<String> cycle() {
		return cycle;
	}
}
