package io.renloop.leave;

import java.time.LocalDate;
import java.util.List;

/** The leave law as data: the rules of the tenant's province (national law where it has none) and sick pay. */
public interface LeaveRules {

	/** The province whose rules the current tenant follows ({@code CN}: national law only). */
	String province();

	/** The rules in force on the date for the tenant's province, national rules filling the gaps. */
	List<LeaveRuleView> inForce(LocalDate on);

	/**
	 * Makes the current tenant follow a province's rules ({@code CN}, {@code BJ}, {@code SH}, {@code GD}, {@code SX});
	 * audited.
	 */
	void useProvince(String province);

	/** The sick-pay floor in force on the date for the tenant's province. */
	SickPayRule sickPay(LocalDate on);
}
