package io.renloop.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One balance of one employee for the current year, in days (halves allowed): {@code remaining} is
 * {@code entitled − taken − pending}; {@code expiresOn} is when unused days lapse (the carried-over days first).
 * {@code frozenOn} is the leaver's last day when the employment has ended: the balance stands as it was on that day
 * (no accrual after it, no new requests); null while the employment runs.
 */
public record LeaveBalanceView(String type, BigDecimal entitled, BigDecimal taken, BigDecimal pending,
		BigDecimal remaining, LocalDate expiresOn, LocalDate frozenOn) {
}
