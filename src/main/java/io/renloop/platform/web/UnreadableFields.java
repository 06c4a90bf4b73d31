package io.renloop.platform.web;

import io.renloop.platform.internal.RejectedJsonValueException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * The field of a request body that could not be read, when the body was JSON but one of its values was not what
 * the field takes: a number for text, an unknown enum constant, a malformed date, refused characters. Such a
 * failure is a field error, not "invalid JSON".
 */
final class UnreadableFields {

	private UnreadableFields() {
	}

	/** The field and the message key of the reason, or empty when the body as a whole was unreadable. */
	static Optional<Problem> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind) {
				String field = path(databind);
				return field.isEmpty() ? Optional.empty() : Optional.of(new Problem(field, reason(databind)));
			}
		}
		return Optional.empty();
	}

	private static String reason(DatabindException failure) {
		if (failure instanceof RejectedJsonValueException rejected) {
			return rejected.messageKey();
		}
		return failure instanceof InvalidNullException ? "validation.required" : "validation.wrongType";
	}

	/** {@code candidate.name}, {@code steps[0].amountAbove}: the path as bean validation names fields. */
	private static String path(DatabindException failure) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** A field of the body and the message key of what is wrong with it. */
	record Problem(String field, String messageKey) {
	}
}
