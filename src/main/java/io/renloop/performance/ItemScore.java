package io.renloop.performance;

import java.math.BigDecimal;

/**
 * One scored item of a review with how its score came about.
 *
 * @param kind KPI or COMPETENCY
 * @param code the KPI item's code, or the competency's name
 * @param weight the item's share of the total score in percent (after the template's split between KPIs and
 * competencies)
 * @param value the metric value the formula scored, or null for an item the manager scores
 * @param source where the metric value came from (the system and batch that sent it), or MANAGER
 * @param selfScore the employee's own score, or null
 * @param managerScore the manager's score, or null
 * @param score the item's score (0 to its cap), or null while missing
 * @param explanation the formula with its values, e.g. {@code min(120, max(0, 100 × (实际 1,180 − 门槛 800) ÷ …)) = 95.00}
 * @param veto whether the item is a one-vote veto
 */
public record ItemScore(String kind, String code, String name, BigDecimal weight, BigDecimal value, String source,
		BigDecimal selfScore, BigDecimal managerScore, BigDecimal score, String explanation, boolean veto) {
}
