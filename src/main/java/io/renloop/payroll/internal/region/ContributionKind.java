package io.renloop.payroll.internal.region;

/**
 * The five social insurances (五险) and the housing fund (公积金). Many cities merged maternity insurance into
 * medical insurance (国办发〔2019〕10号); their regions have no {@link #MATERNITY} item and its rate is part of
 * {@link #MEDICAL}.
 */
public enum ContributionKind {

	/** 基本养老保险 */
	PENSION,

	/** 基本医疗保险 (with maternity where merged, and a city's serious-illness top-up where it is collected with it) */
	MEDICAL,

	/** 失业保险 */
	UNEMPLOYMENT,

	/** 工伤保险: employer only, its rate set by the industry's risk class */
	INJURY,

	/** 生育保险, where still collected separately */
	MATERNITY,

	/** 住房公积金 */
	HOUSING_FUND,

	/** 补充住房公积金 (e.g. Shanghai), voluntary for the employer */
	SUPPLEMENTARY_HOUSING_FUND;

	/** Whether the kind is a housing fund (basic or supplementary), which the income tax treats apart. */
	public boolean housingFund() {
		return this == HOUSING_FUND || this == SUPPLEMENTARY_HOUSING_FUND;
	}
}
