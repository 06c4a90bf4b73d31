package io.renloop.training.internal.recommend;

import io.renloop.training.Recommendations.Source;
import java.math.BigDecimal;

/**
 * Something an employee should learn, with the evidence a reason quotes.
 *
 * @param topic what to learn, e.g. 通风系统 (a dimension, a key point, a competency, a certificate type's name)
 * @param score the score that revealed it, 0 to 100, or null
 * @param context where it came from: a performance cycle's name, a position's name, a certificate's date
 * @param tag a course tag that covers it exactly (a certificate type's code), or null
 */
record Need(Source source, String topic, BigDecimal score, String context, String tag, String reasonKey) {
}
