package io.renloop.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One balance of one employee for the current year, in days (halves allowed): {@code remaining} is
 * {@code entitled − taken − pending}; {@code expiresOn} is when unused days lapse (the carried-over days first).
 */
public record LeaveBalanceView(String type, BigDecimal entitled, BigDecimal taken, BigDecimal pending,
		BigDecimal remaining, LocalDate expiresOn) {
}
