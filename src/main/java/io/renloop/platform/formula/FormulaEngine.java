package io.renloop.platform.formula;

import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.exception.ExpressionSyntaxErrorException;
import com.googlecode.aviator.exception.FunctionNotFoundException;
import com.googlecode.aviator.exception.UnsupportedFeatureException;
import io.renloop.platform.formula.FormulaToken.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Compiles the formulas of salary items in a sandbox (see {@link FormulaSandbox} and {@link FormulaTokens}): decimal
 * arithmetic ({@code 0.1 + 0.2 == 0.3}), comparison, logic, the ternary {@code a > b ? x : y}, the functions
 * {@code min max round math.abs}, at most {@value #MAX_LENGTH} characters and {@value #TIME_LIMIT_MS} ms per
 * evaluation. Thread-safe: one Aviator instance serves every tenant.
 */
@Component
public final class FormulaEngine {

	/** The longest formula accepted. */
	public static final int MAX_LENGTH = 2000;

	/** How long one evaluation may take. */
	public static final long TIME_LIMIT_MS = 50;

	private final AviatorEvaluatorInstance aviator;

	private final Duration timeLimit;

	public FormulaEngine() {
		this(Duration.ofMillis(TIME_LIMIT_MS));
	}

	/** With another time limit: tests prove that the limit is enforced. */
	FormulaEngine(Duration timeLimit) {
		this.timeLimit = timeLimit;
		this.aviator = FormulaSandbox.create(timeLimit);
	}

	/**
	 * Parses and compiles.
	 * @throws FormulaException (400) on an empty or overlong formula, syntax errors, forbidden features and unknown
	 * functions, naming the position and the offending token
	 */
	public CompiledFormula compile(String source) {
		if (source == null || source.isBlank()) {
			throw new FormulaException("formula.empty");
		}
		if (source.length() > MAX_LENGTH) {
			throw new FormulaException("formula.tooLong", MAX_LENGTH);
		}
		List<FormulaToken> tokens = FormulaTokens.screen(source);
		Expression expression = parse(source);
		Set<String> variables = new LinkedHashSet<>();
		tokens.stream().filter(t -> t.kind() == Kind.VARIABLE).forEach(t -> variables.add(t.text()));
		// the parser's view must agree with the screen's: anything more is refused, never run
		if (!variables.containsAll(expression.getVariableFullNames())
				|| !FormulaSandbox.FUNCTIONS.containsAll(expression.getFunctionNames())) {
			throw FormulaErrors.forbidden(source);
		}
		return new SandboxedFormula(source, Collections.unmodifiableSet(variables), expression, timeLimit);
	}

	/**
	 * A formula variable's value as a decimal.
	 * @throws FormulaException when it is missing, not a number or out of range
	 */
	public static BigDecimal number(String name, Object value) {
		return SandboxedFormula.decimal(name, value);
	}

	private Expression parse(String source) {
		try {
			return aviator.compile(source, false);
		}
		catch (UnsupportedFeatureException ex) {
			throw FormulaErrors.forbidden(source);
		}
		catch (FunctionNotFoundException ex) {
			throw new FormulaException("formula.unknownFunction", source, 1, FormulaSandbox.FUNCTION_LIST);
		}
		catch (ExpressionSyntaxErrorException ex) {
			throw FormulaErrors.syntax(ex, source);
		}
		catch (RuntimeException ex) {
			// Aviator reports some syntax errors as other runtime exceptions
			throw FormulaErrors.syntax(ex, source);
		}
	}
}
