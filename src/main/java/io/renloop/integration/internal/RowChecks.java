package io.renloop.integration.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Applies the modules' own rules to a row: the bean validation of their command records, then the
 * command itself, whose refusals become problems of the row's columns.
 */
@Component
class RowChecks {

	private final Validator validator;

	RowChecks(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Validates a command built from the row.
	 * @param columnOfField the import column of each command field
	 * @return true when the row has no problems at all, so the command may run
	 */
	boolean validate(ImportRow row, Object command, Map<String, String> columnOfField) {
		report(row, validator.validate(command), columnOfField);
		return !row.hasErrors();
	}

	/**
	 * Runs a module command for a valid row.
	 * @return the result, or empty after reporting why the module refused it
	 * @throws RowFailedException when it failed for a reason no rule explains
	 */
	<T> Optional<T> save(ImportRow row, Map<String, String> columnOfField, Supplier<T> command) {
		try {
			return Optional.of(command.get());
		}
		catch (InvalidFieldsException ex) {
			ex.problems().forEach(p -> row.error(columnOfField.get(p.field()), p.messageKey(), p.arguments()));
		}
		catch (BusinessRuleException ex) {
			row.error(null, ex.messageKey(), ex.arguments());
		}
		catch (NotFoundException ex) {
			row.error(null, "error.reference.unknown");
		}
		catch (ConstraintViolationException ex) {
			report(row, ex.getConstraintViolations(), columnOfField);
		}
		catch (RuntimeException ex) {
			throw new RowFailedException(row.number(), ex);
		}
		return Optional.empty();
	}

	private static void report(ImportRow row, Set<? extends ConstraintViolation<?>> violations,
			Map<String, String> columnOfField) {
		for (ConstraintViolation<?> violation : violations) {
			String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			row.translatedError(columnOfField.get(firstNode(violation.getPropertyPath())), "validation." + code,
					violation.getMessage());
		}
	}

	private static String firstNode(Path path) {
		Iterator<Path.Node> nodes = path.iterator();
		return nodes.hasNext() ? nodes.next().getName() : null;
	}
}
