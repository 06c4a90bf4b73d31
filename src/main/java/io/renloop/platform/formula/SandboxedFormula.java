package io.renloop.platform.formula;

import com.googlecode.aviator.Expression;
import com.googlecode.aviator.exception.TimeoutException;
import io.renloop.platform.AmountLimits;
import io.renloop.platform.Decimals;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A formula compiled in the {@link FormulaSandbox}. */
record SandboxedFormula(String source, Set<String> variables, Expression expression, Duration timeLimit)
		implements CompiledFormula {

	private static final BigDecimal LIMIT = new BigDecimal(AmountLimits.MAX_AMOUNT);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Override
	public BigDecimal evaluate(Map<String, Object> values) {
		Map<String, Object> env = new HashMap<>();
		for (String name : variables) {
			env.put(name, decimal(name, values.get(name)));
		}
		long started = cpuTime();
		Object result = execute(env);
		// Aviator checks its own limit only every 2,000 steps, a formula has far fewer; the thread's CPU time decides,
		// so that a garbage collection pause or a busy machine never fails a payroll run
		if (cpuTime() - started > timeLimit.toNanos()) {
			throw timeout();
		}
		return amount(result);
	}

	private static long cpuTime() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
	}

	private Object execute(Map<String, Object> env) {
		try {
			return expression.execute(env);
		}
		catch (FormulaException ex) {
			throw ex;
		}
		catch (TimeoutException ex) {
			throw timeout();
		}
		catch (ArithmeticException ex) {
			String message = String.valueOf(ex.getMessage());
			throw new FormulaException(message.startsWith("Division") ? "formula.divisionByZero"
					: "formula.evaluation");
		}
		catch (RuntimeException ex) {
			throw new FormulaException("formula.evaluation");
		}
	}

	private FormulaException timeout() {
		return new FormulaException("formula.timeout", timeLimit.toMillis());
	}

	static BigDecimal decimal(String name, Object value) {
		if (value == null) {
			throw new FormulaException("formula.missingVariable", name);
		}
		BigDecimal decimal = exact(value);
		if (decimal == null) {
			throw new FormulaException("formula.variableNotNumber", name);
		}
		if (!Decimals.tractable(decimal) || decimal.abs().compareTo(LIMIT) > 0) {
			throw new FormulaException("formula.variableOutOfRange", name, AmountLimits.MAX_AMOUNT);
		}
		return decimal;
	}

	/** The number as a decimal without binary noise (2.2d is 2.2), or null for anything else (text, true, NaN). */
	private static BigDecimal exact(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
			return new BigDecimal(value.toString());
		}
		return null;
	}

	private static BigDecimal amount(Object result) {
		BigDecimal decimal = exact(result);
		if (decimal == null) {
			throw new FormulaException("formula.notANumber");
		}
		// checked before rounding: setScale on 1E+999999 would write a million digits
		if (!Decimals.tractable(decimal) || decimal.abs().compareTo(LIMIT) > 0) {
			throw new FormulaException("formula.outOfRange", AmountLimits.MAX_AMOUNT);
		}
		return decimal.setScale(2, RoundingMode.HALF_UP);
	}
}
