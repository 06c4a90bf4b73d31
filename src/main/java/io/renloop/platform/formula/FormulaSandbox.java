package io.renloop.platform.formula;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.EvalMode;
import com.googlecode.aviator.Feature;
import com.googlecode.aviator.Options;
import java.math.MathContext;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The AviatorScript instance formulas run in: decimal arithmetic only, no language feature beyond expressions (no
 * assignment, let, loops, lambdas, modules, use, new, static members, internal variables), no classes, and only the
 * functions of {@link #FUNCTIONS}. Tenant-typed text is data, never code: the lexical screen of {@link FormulaTokens}
 * refuses everything else before Aviator sees it, this configuration is the second net.
 */
final class FormulaSandbox {

	/** The functions a formula may call. */
	static final Set<String> FUNCTIONS = Set.of("min", "max", "round", "math.abs");

	/** {@link #FUNCTIONS} for messages. */
	static final String FUNCTION_LIST = "min, max, round, math.abs";

	/**
	 * Aviator enforces time limits against a clock that a thread of its own advances, by default every millisecond
	 * for the life of the process; every 5 ms is precise enough for a limit of tens of milliseconds and wakes
	 * that thread five times less often. Set before Aviator's clock starts; a value given on the command line wins.
	 */
	private static final String TICK_PROPERTY = "aviator.tick.interval_ms";

	static {
		if (System.getProperty(TICK_PROPERTY) == null) {
			System.setProperty(TICK_PROPERTY, "5");
		}
	}

	private FormulaSandbox() {
	}

	static AviatorEvaluatorInstance create(Duration timeLimit) {
		// the interpreter: the ASM mode would define a class per formula
		AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance(EvalMode.INTERPRETER);
		aviator.enableSandboxMode();
		aviator.setOption(Options.FEATURE_SET, Feature.asSet());
		aviator.setOption(Options.ALLOWED_CLASS_SET, Collections.emptySet());
		aviator.setOption(Options.ASSIGNABLE_ALLOWED_CLASS_SET, Collections.emptySet());
		aviator.setOption(Options.ENABLE_PROPERTY_SYNTAX_SUGAR, false);
		aviator.setOption(Options.ALWAYS_PARSE_FLOATING_POINT_NUMBER_INTO_DECIMAL, true);
		aviator.setOption(Options.ALWAYS_PARSE_INTEGRAL_NUMBER_INTO_DECIMAL, true);
		aviator.setOption(Options.MATH_CONTEXT, MathContext.DECIMAL128);
		aviator.setOption(Options.EVAL_TIMEOUT_MS, Math.max(1, timeLimit.toMillis()));
		aviator.setCachedExpressionByDefault(false);
		aviator.setFunctionMissing(null);
		for (String name : List.copyOf(aviator.getFuncMap().keySet())) {
			if (!FUNCTIONS.contains(name)) {
				aviator.removeFunction(name);
			}
		}
		aviator.addFunction(new RoundFunction());
		return aviator;
	}
}
