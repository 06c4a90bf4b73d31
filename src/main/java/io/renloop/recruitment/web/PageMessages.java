package io.renloop.recruitment.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reason a refused request gives, in the reader's language, to show on the page that made it. */
@Component
class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	String of(BusinessRuleException refusal) {
		return text(refusal.messageKey(), refusal.arguments());
	}

	String of(InvalidFieldsException invalid) {
		return invalid.problems()
			.stream()
			.map(p -> text(p.messageKey(), p.arguments()))
			.collect(Collectors.joining(" "));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
