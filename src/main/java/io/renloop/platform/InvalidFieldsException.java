package io.renloop.platform;

import java.util.List;

/**
 * Input whose fields fail validation that annotations cannot express (checksums, references); becomes
 * 400 with one entry per field.
 */
public class InvalidFieldsException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidFieldsException(List<FieldProblem> problems) {
		super("Invalid fields: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public static InvalidFieldsException of(String field, String messageKey, Object... arguments) {
		return new InvalidFieldsException(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * @param field the JSON field name
	 * @param messageKey the message key of the reason
	 * @param arguments message arguments
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {
	}
}
