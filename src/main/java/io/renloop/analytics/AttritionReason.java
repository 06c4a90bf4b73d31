package io.renloop.analytics;

/**
 * Why a person's attrition risk is high: one input that raises it, in plain words in the viewer's language.
 *
 * @param feature the column or feature name, e.g. {@code OverTime} or {@code monthsSinceRaise}
 * @param value the person's value as text
 * @param contribution how much it raises the log-odds of leaving against the average person
 * @param text the reason in plain words
 */
public record AttritionReason(String feature, String value, double contribution, String text) {
}
