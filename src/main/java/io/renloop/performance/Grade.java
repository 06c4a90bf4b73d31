package io.renloop.performance;

import java.math.BigDecimal;

/**
 * A grade of the tenant's scale.
 *
 * @param code S, A, B, C, D (or the tenant's own)
 * @param minScore the lowest score that earns the grade
 * @param share the share of people (percent) the tenant's guidance expects in the grade
 */
public record Grade(String code, BigDecimal minScore, BigDecimal share) {
}
