package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionReason;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a scored person into reasons in the viewer's language. A feature of the tenant's own model has its own
 * sentence ({@code analytics.attrition.reason.<feature>}, e.g. 40 months without a raise); a column of an uploaded
 * table gets the general sentence {@code analytics.attrition.reason.column}: the column and its value.
 */
@Component
class ReasonTexts {

	/** At most this many reasons per person: more would bury the ones that matter. */
	static final int MAX_REASONS = 3;

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons of a scored row whose cells are aligned with the model's columns. */
	List<AttritionReason> reasons(AttritionModel model, AttritionModel.Scored scored, String[] cells) {
		Locale locale = LocaleContextHolder.getLocale();
		return scored.topRaising(MAX_REASONS).stream().map(column -> {
			String feature = model.schema().columns().get(column).name();
			String value = column < cells.length && !cells[column].isBlank() ? cells[column] : "—";
			String text = messages.getMessage("analytics.attrition.reason." + feature, new Object[] { value }, null,
					locale);
			if (text == null) {
				text = messages.getMessage("analytics.attrition.reason.column", new Object[] { feature, value }, locale);
			}
			return new AttritionReason(feature, value, round(scored.contributions()[column]), text);
		}).toList();
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
