package io.renloop.recruitment.internal.imports;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why one uploaded file became no application, in words for the uploader. */
@Component
class FileErrorText {

	private static final Logger log = LoggerFactory.getLogger(FileErrorText.class);

	private final MessageSource messages;

	FileErrorText(MessageSource messages) {
		this.messages = messages;
	}

	String of(RuntimeException failure, Locale locale) {
		if (failure instanceof BusinessRuleException rule) {
			return messages.getMessage(rule.messageKey(), rule.arguments(), locale);
		}
		if (failure instanceof InvalidFieldsException invalid) {
			return invalid.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), locale))
				.collect(Collectors.joining(" "));
		}
		if (failure instanceof NotFoundException) {
			return messages.getMessage("recruitment.import.requisitionGone", null, locale);
		}
		log.warn("A resume of a bulk upload failed unexpectedly", failure);
		return messages.getMessage("recruitment.import.fileFailed", null, locale);
	}
}
