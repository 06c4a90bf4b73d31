package io.renloop.interview.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The labels of the candidate page's human-review request, in the interview's language rather than the browser's;
 * the page's fragment reads them as {@code @humanReviewLabels.of(language)}.
 */
@Component("humanReviewLabels")
public class HumanReviewLabels {

	private static final List<String> KEYS = List.of("explain", "reason", "request", "sent", "OPEN", "ANSWERED");

	private final MessageSource messages;

	HumanReviewLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** Label by key for an interview in {@code zh} or {@code en}. */
	public Map<String, String> of(String language) {
		Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Map<String, String> labels = new LinkedHashMap<>();
		KEYS.forEach(key -> labels.put(key, messages.getMessage("interview.candidate.humanReview." + key, null, locale)));
		return labels;
	}
}
