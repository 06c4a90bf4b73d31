package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a region rounds a monthly contribution before fixed amounts are added. Half-up unless the name says
 * otherwise; the result always has two decimals (fen).
 */
public enum Rounding {

	/** To the fen (分), half up. */
	FEN(2, RoundingMode.HALF_UP),

	/** To the jiao (角), half up. */
	JIAO(1, RoundingMode.HALF_UP),

	/** To the yuan, half up: the usual rule of housing funds (月缴存额四舍五入至元). */
	YUAN(0, RoundingMode.HALF_UP),

	/** Any fraction of a jiao up to the next jiao (见分进角). */
	ROUND_UP_JIAO(1, RoundingMode.UP),

	/** Any fraction of a yuan up to the next yuan (见角进元). */
	ROUND_UP_YUAN(0, RoundingMode.UP);

	private final int scale;

	private final RoundingMode mode;

	Rounding(int scale, RoundingMode mode) {
		this.scale = scale;
		this.mode = mode;
	}

	/** The amount rounded by this rule, with two decimals. */
	public BigDecimal apply(BigDecimal amount) {
		return amount.setScale(scale, mode).setScale(2, RoundingMode.UNNECESSARY);
	}
}
