package io.renloop.payroll;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One employee of a run as payroll reviews it: this month against the last published one.
 *
 * @param changes the lines whose amount differs from last period: code, this month, last month
 * @param flags why the row deserves a look: {@code NEW} (no last period), {@code NET_CHANGE} (net moved by more than
 * 20 %), {@code NEGATIVE_NET}, {@code ZERO_NET}, {@code BONUS_CLIFF} (a separately taxed bonus in a dead zone, where
 * a smaller bonus would leave more)
 */
public record PayrollReviewLine(UUID employeeId, String employeeNo, BigDecimal gross, BigDecimal net, BigDecimal tax,
		BigDecimal lastNet, List<Change> changes, List<String> flags) {

	/** A line that changed since last period. */
	public record Change(String code, BigDecimal amount, BigDecimal lastAmount) {
	}
}
