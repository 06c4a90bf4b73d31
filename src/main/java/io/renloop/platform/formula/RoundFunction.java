package io.renloop.platform.formula;

import com.googlecode.aviator.runtime.function.AbstractFunction;
import com.googlecode.aviator.runtime.function.FunctionUtils;
import com.googlecode.aviator.runtime.type.AviatorDecimal;
import com.googlecode.aviator.runtime.type.AviatorObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * {@code round(x)} to a whole number and {@code round(x, digits)} to 0–4 decimals, half up as payroll rounds
 * (Aviator's own {@code math.round} goes through {@code double}).
 */
final class RoundFunction extends AbstractFunction {

	private static final int MAX_DIGITS = 4;

	@Override
	public String getName() {
		return "round";
	}

	@Override
	public AviatorObject call(Map<String, Object> env, AviatorObject value) {
		return round(env, value, 0);
	}

	@Override
	public AviatorObject call(Map<String, Object> env, AviatorObject value, AviatorObject digits) {
		int scale = FunctionUtils.getNumberValue(digits, env).intValue();
		if (scale < 0 || scale > MAX_DIGITS) {
			throw new FormulaException("formula.roundDigits", MAX_DIGITS);
		}
		return round(env, value, scale);
	}

	private static AviatorObject round(Map<String, Object> env, AviatorObject value, int scale) {
		Number number = FunctionUtils.getNumberValue(value, env);
		BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
		return AviatorDecimal.valueOf(decimal.setScale(scale, RoundingMode.HALF_UP));
	}
}
