package io.renloop.payroll.internal.input;

import io.renloop.payroll.PayInputsResult.RowError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A row error of an import with its message in the caller's language. */
@Component
class RowErrorMessages {

	private final MessageSource messages;

	RowErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	RowError of(int row, String field, String key, Object... arguments) {
		return new RowError(row, field, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
	}
}
