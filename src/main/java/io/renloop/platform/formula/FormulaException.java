package io.renloop.platform.formula;

import io.renloop.platform.BusinessRuleException;

/**
 * A formula that cannot be compiled or evaluated: a syntax error, a feature or function outside the sandbox, an
 * unknown or missing variable, a division by zero, a result that is no number, a timeout. Always 400, with a message
 * key of the platform bundle (or of the module that adds rules) that names the position or the offending token.
 */
public class FormulaException extends BusinessRuleException {

	public FormulaException(String messageKey, Object... arguments) {
		super(400, messageKey, arguments);
	}
}
