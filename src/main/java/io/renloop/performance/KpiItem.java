package io.renloop.performance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A weighted item of a KPI template.
 *
 * @param code upper-case code, unique in the template
 * @param name what the review shows
 * @param weight share of the items' score, 0 to 100; the weights of the non-veto items add up to 100
 * @param metric the metric whose imported value the formula scores (e.g. COAL_OUTPUT); null when the manager scores
 * the item by hand
 * @param threshold the value that scores 0
 * @param target the value that scores 100
 * @param cap the highest score the item may reach (default 120)
 * @param formula the scoring formula over {@code value threshold target cap}; null for the default, linear between
 * threshold and target, capped: {@value #LINEAR}
 * @param veto a one-vote veto (一票否决): when the item scores 0 the whole review scores 0; its default formula is
 * {@value #VETO}
 */
public record KpiItem(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
		@NotBlank @Size(max = 200) String name, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight,
		@Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}") String metric, BigDecimal threshold, BigDecimal target,
		@DecimalMin("0") @DecimalMax("200") BigDecimal cap, @Size(max = 2000) String formula, boolean veto) {

	/** The default scoring formula: linear between threshold (0) and target (100), capped. */
	public static final String LINEAR = "min(cap, max(0, 100 * (value - threshold) / (target - threshold)))";

	/** The default formula of a veto item: 100 while the value stays within the target (e.g. 0 incidents), else 0. */
	public static final String VETO = "value <= target ? 100 : 0";

	/** The formula that scores the item. */
	public String effectiveFormula() {
		if (formula != null && !formula.isBlank()) {
			return formula;
		}
		return veto ? VETO : LINEAR;
	}

	/** The cap, 120 unless set. */
	public BigDecimal effectiveCap() {
		return cap == null ? new BigDecimal("120") : cap;
	}
}
