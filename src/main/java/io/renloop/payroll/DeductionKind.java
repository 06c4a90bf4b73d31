package io.renloop.payroll;

import java.math.BigDecimal;

/**
 * The special additional deductions (专项附加扣除) an employee may declare to the employer for monthly withholding,
 * with the monthly caps of the State Council's notices (国发〔2018〕41号, raised by 国发〔2023〕13号 from 2023).
 * Serious illness (大病医疗) is settled in the annual return, not monthly, and is not declared here.
 */
public enum DeductionKind {
	/** 子女教育: 2,000 a month per child (the cap here is for up to three children). */
	CHILD_EDUCATION("6000"),
	/** 3 岁以下婴幼儿照护: 2,000 a month per child. */
	INFANT_CARE("6000"),
	/** 继续教育: 400 a month during a degree programme. */
	CONTINUING_EDUCATION("400"),
	/** 住房贷款利息: 1,000 a month; not with housing rent. */
	HOUSING_LOAN_INTEREST("1000"),
	/** 住房租金: 1,500, 1,100 or 800 a month by city size; not with housing loan interest. */
	HOUSING_RENT("1500"),
	/** 赡养老人: 3,000 a month for an only child, at most 1,500 for each sibling sharing it. */
	ELDERLY_SUPPORT("3000");

	private final BigDecimal monthlyCap;

	DeductionKind(String monthlyCap) {
		this.monthlyCap = new BigDecimal(monthlyCap);
	}

	public BigDecimal monthlyCap() {
		return monthlyCap;
	}
}
