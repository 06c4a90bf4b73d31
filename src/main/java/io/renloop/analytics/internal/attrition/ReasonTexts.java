package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a scored person into reasons in the viewer's language. A feature of the tenant's own model has its own
 * sentence ({@code analytics.attrition.reason.<feature>}, e.g. 40 months without a raise); a column of an uploaded
 * table gets the general sentence {@code analytics.attrition.reason.column}: the column and its value. A feature's
 * sentence gets the value as {0}, and for a number its magnitude as {1} and its sign (-1, 0, 1) as {2}, so that it
 * can read "18 % below" rather than "-18 %"; an unknown value takes {@code <key>.unknown} when the feature has one.
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
			boolean known = column < cells.length && !cells[column].isBlank();
			String value = known ? cells[column] : "—";
			String key = "analytics.attrition.reason." + feature;
			String text = known ? null : messages.getMessage(key + ".unknown", null, null, locale);
			if (text == null) {
				text = messages.getMessage(key, arguments(value), null, locale);
			}
			if (text == null) {
				text = messages.getMessage("analytics.attrition.reason.column", new Object[] { feature, value }, locale);
			}
			return new AttritionReason(feature, value, round(scored.contributions()[column]), text);
		}).toList();
	}

	/** The value, and when it is a number its magnitude and sign. */
	private static Object[] arguments(String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			return new Object[] { value, number.abs().toPlainString(), number.signum() };
		}
		catch (NumberFormatException notANumber) {
			return new Object[] { value, value, 0 };
		}
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
