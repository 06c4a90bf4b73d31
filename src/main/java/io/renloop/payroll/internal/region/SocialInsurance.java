package io.renloop.payroll.internal.region;

import io.renloop.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A month's social insurance and housing fund of one employee: per item, the declared base clamped to the item's
 * floor and ceiling, the employee's share rounded by the region's rule plus its fixed amount, the employer's share
 * rounded by the same rule.
 */
public final class SocialInsurance {

	/**
	 * The national range of the housing fund rate, each of employee and employer (建设部 财政部 中国人民银行
	 * 《关于住房公积金管理若干具体问题的指导意见》建金管〔2005〕5号: 5 % to 12 %).
	 */
	public static final BigDecimal HOUSING_FUND_MIN_RATE = new BigDecimal("0.05");

	public static final BigDecimal HOUSING_FUND_MAX_RATE = new BigDecimal("0.12");

	private SocialInsurance() {
	}

	/**
	 * base = the employee's declared contribution base (usually last year's average monthly pay); clamped per item to
	 * [floor, ceiling]; housingFundRate, when not null, replaces both rates of HOUSING_FUND (employees and employers pay
	 * the same rate, within the region's allowed range).
	 * @throws BusinessRuleException {@code error.payroll.housingFundRate} when the rate is outside 5 %…12 %
	 */
	public static Contributions contributions(Region region, BigDecimal base, BigDecimal housingFundRate) {
		Objects.requireNonNull(base, "base");
		if (housingFundRate != null && (housingFundRate.compareTo(HOUSING_FUND_MIN_RATE) < 0
				|| housingFundRate.compareTo(HOUSING_FUND_MAX_RATE) > 0)) {
			throw new BusinessRuleException("error.payroll.housingFundRate", housingFundRate.toPlainString(),
					HOUSING_FUND_MIN_RATE.toPlainString(), HOUSING_FUND_MAX_RATE.toPlainString());
		}
		return new Contributions(region.items().stream().map(item -> contribution(item, base, housingFundRate)).toList());
	}

	private static Contribution contribution(RegionItem item, BigDecimal declared, BigDecimal housingFundRate) {
		BigDecimal base = declared.max(item.baseFloor()).min(item.baseCeiling()).setScale(2, RoundingMode.HALF_UP);
		boolean overridden = housingFundRate != null && item.kind() == ContributionKind.HOUSING_FUND;
		BigDecimal employeeRate = overridden ? housingFundRate : item.employeeRate();
		BigDecimal employerRate = overridden ? housingFundRate : item.employerRate();
		BigDecimal employee = item.rounding().apply(base.multiply(employeeRate)).add(item.employeeFixed());
		BigDecimal employer = item.rounding().apply(base.multiply(employerRate));
		return new Contribution(item.kind(), base, employeeRate, employee, employerRate, employer);
	}
}
