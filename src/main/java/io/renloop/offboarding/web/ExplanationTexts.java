package io.renloop.offboarding.web;

import io.renloop.offboarding.Explanation;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns explanation lines into sentences in the reader's language. */
@Component
class ExplanationTexts {

	private final MessageSource messages;

	ExplanationTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(List<Explanation> lines) {
		return lines.stream().map(this::of).toList();
	}

	String of(Explanation line) {
		return messages.getMessage(line.key(), line.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
